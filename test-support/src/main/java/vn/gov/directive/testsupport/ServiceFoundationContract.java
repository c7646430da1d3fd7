package vn.gov.directive.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.Test;

/**
 * What every service of the platform must do from its first day: answer health with
 * its database and Kafka, serve OpenAPI and Prometheus metrics without a token, refuse an API
 * call without a token, and accept a real Keycloak token. A service's {@code FoundationTests}
 * extends this with {@code @QuarkusTest} and the real-component resources.
 */
public abstract class ServiceFoundationContract {

    @InjectKeycloak
    protected KeycloakTokens keycloak;

    @Test
    void readinessCoversDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(HttpStatus.SC_OK)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void openApiAndMetricsAnswerWithoutToken() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(HttpStatus.SC_OK)
                .body("openapi", containsString("3."));
        given().when().get("/q/metrics")
                .then().statusCode(HttpStatus.SC_OK)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void apiRefusesRequestWithoutToken() {
        given().when().get("/api/v1/me")
                .then().statusCode(HttpStatus.SC_UNAUTHORIZED);
    }

    @Test
    void apiRefusesForgedToken() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").when().get("/api/v1/me")
                .then().statusCode(HttpStatus.SC_UNAUTHORIZED);
    }

    @Test
    void acceptsRealKeycloakTokenWithUnitClaim() {
        given().auth().oauth2(keycloak.accessToken("ubnd-halong"))
                .when().get("/api/v1/me")
                .then().statusCode(HttpStatus.SC_OK)
                .body("name", equalTo("ubnd-halong"))
                .body("unit", equalTo("UBND-HALONG"))
                .body("roles", hasItem("unit-officer"));
    }
}
