package vn.gov.directive.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.time.Duration;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** The read model rebuilt from the topics gives the same answer. */
@QuarkusTest
class RebuildTests {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectKeycloak
    KeycloakTokens keycloak;

    @BeforeEach
    void publishScenario() {
        Scenario.ensurePublished(kafka, keycloak);
    }

    @Test
    void rebuildingGivesTheSameAnswer() {
        String operator = keycloak.accessToken("operator");
        String before = compliance(operator);

        given().auth().oauth2(keycloak.accessToken("auditor"))
                .when().post("/api/v1/ops/read-model/rebuild")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        java.time.Instant rebuilding = java.time.Instant.now().minusSeconds(1);
        given().auth().oauth2(operator)
                .when().post("/api/v1/ops/read-model/rebuild")
                .then().statusCode(HttpStatus.SC_OK)
                .body("deliveriesCleared", greaterThan(5));
        org.assertj.core.api.Assertions.assertThat(vn.gov.directive.testsupport.AuditTrails.assertNewest(keycloak, "read-model.rebuild",
                "operator", "compliance read model", rebuilding).getString("detail")).contains("deliveries cleared");

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> given().auth().oauth2(operator)
                        .when().get("/api/v1/compliance/" + Scenario.DIRECTIVE)
                        .then().statusCode(HttpStatus.SC_OK)
                        .body("recipients", equalTo(6)).body("delivered", equalTo(5)).body("acknowledged", equalTo(3))
                        .body("reported", equalTo(2)).body("completed", equalTo(1)).body("returned", equalTo(1))
                        .body("overdue", equalTo(1)).body("fields.soTin", equalTo(19))
                        .body("units.find { it.unit == '" + Scenario.OVERDUE + "' }.notificationsSent", equalTo(2)));
        // the same answer, but for the time it was computed at
        org.assertj.core.api.Assertions.assertThat(compliance(operator)).isEqualTo(before);
    }

    private String compliance(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/compliance/" + Scenario.DIRECTIVE)
                .then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath().prettify().replaceAll("\"asOf\": \"[^\"]*\"", "");
    }
}
