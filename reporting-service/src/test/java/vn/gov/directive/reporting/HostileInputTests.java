package vn.gov.directive.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** Paging out of range is 400 problem+json on every list; only access tokens for the platform open the API. */
@QuarkusTest
class HostileInputTests {

    private static final String PROBLEM = "application/problem+json";

    @InjectKeycloak
    KeycloakTokens keycloak;

    @Test
    void pageAndSizeOutOfRangeAre400OnEveryList() {
        String token = keycloak.accessToken("operator");
        for (String list : List.of("/api/v1/compliance", "/api/v1/overdue")) {
            given().auth().oauth2(token).when().get(list + "?page=3000000&size=1000").then().statusCode(HttpStatus.SC_BAD_REQUEST)
                    .contentType(PROBLEM).body("errors.field", hasItem("page"));
            given().auth().oauth2(token).when().get(list + "?size=0").then().statusCode(HttpStatus.SC_BAD_REQUEST)
                    .contentType(PROBLEM).body("errors.field", hasItem("size"));
            given().auth().oauth2(token).when().get(list + "?page=abc").then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType(PROBLEM);
            given().auth().oauth2(token).when().get(list + "?page=1000&size=1000").then().statusCode(HttpStatus.SC_OK);
        }
    }

    @Test
    void anIdTokenOrATokenForAnotherAudienceIs401() {
        given().auth().oauth2(keycloak.accessToken("auditor")).when().get("/api/v1/compliance").then().statusCode(HttpStatus.SC_OK);
        given().auth().oauth2(keycloak.idToken("auditor")).when().get("/api/v1/compliance").then()
                .statusCode(HttpStatus.SC_UNAUTHORIZED);
        given().auth().oauth2(keycloak.accessTokenForAnotherAudience("auditor")).when().get("/api/v1/compliance").then()
                .statusCode(HttpStatus.SC_UNAUTHORIZED);
    }
}
