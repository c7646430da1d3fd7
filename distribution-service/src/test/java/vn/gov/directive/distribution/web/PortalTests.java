package vn.gov.directive.distribution.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The portal beside the API, without a browser: who gets a login page, who gets a 401, what needs no login. */
@QuarkusTest
class PortalTests {

    @Test
    void aMailLinkWithoutASessionLeadsToTheKeycloakLoginOfThePortalClient() {
        given().redirects().follow(false)
                .when().get("/portal/deliveries/" + UUID.randomUUID())
                .then().statusCode(HttpStatus.SC_MOVED_TEMPORARILY)
                .header("Location", allOf(containsString("/realms/directives/protocol/openid-connect/auth"),
                        containsString("client_id=portal")));
    }

    @Test
    void theApiStillAnswers401WithoutABearerTokenNeverARedirect() {
        given().redirects().follow(false)
                .when().get("/api/v1/inbox")
                .then().statusCode(HttpStatus.SC_UNAUTHORIZED)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void theStylesAndScriptAreServedByTheServiceWithoutALogin() {
        given().when().get("/assets/portal.css")
                .then().statusCode(HttpStatus.SC_OK).contentType(containsString("text/css")).body(containsString(".letter"));
        given().when().get("/assets/portal.js")
                .then().statusCode(HttpStatus.SC_OK).body(containsString("form-errors"));
    }
}
