package vn.gov.directive.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.UUID;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** The compliance read model built from real events on the real broker, read through the API with real tokens. */
@QuarkusTest
class ComplianceTests {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectKeycloak
    KeycloakTokens keycloak;

    @BeforeEach
    void publishScenario() {
        Scenario.ensurePublished(kafka, keycloak);
    }

    @Test
    void countsFollowTheEventsWhateverTheirOrder() {
        given().auth().oauth2(keycloak.accessToken("stttt"))
                .when().get("/api/v1/compliance/" + Scenario.DIRECTIVE)
                .then().statusCode(HttpStatus.SC_OK)
                .body("number", equalTo(Scenario.NUMBER))
                .body("subject", equalTo(Scenario.SUBJECT))
                .body("issuer", equalTo("STTTT"))
                .body("recipients", equalTo(6))
                .body("delivered", equalTo(5))
                .body("acknowledged", equalTo(3))
                .body("reported", equalTo(2))
                .body("completed", equalTo(1))
                .body("returned", equalTo(1))
                .body("overdue", equalTo(1))
                .body("units", hasSize(6))
                // soTin 12 + 7 and soBai 3 + 2.5: the latest report of each unit; text is not summed
                .body("fields.soTin", equalTo(19))
                .body("fields.soBai", equalTo(5.5f))
                .body("fields.ghiChu", nullValue());
    }

    @Test
    void eachDeliveryIsOneRowWithItsStateAndOverdue() {
        var units = "units.find { it.unit == '%s' }.";
        given().auth().oauth2(keycloak.accessToken("operator"))
                .when().get("/api/v1/compliance/" + Scenario.DIRECTIVE)
                .then().statusCode(HttpStatus.SC_OK)
                .body(units.formatted(Scenario.COMPLETED) + "status", equalTo("COMPLETED"))
                .body(units.formatted(Scenario.COMPLETED) + "unitName", equalTo(Scenario.COMPLETED_NAME))
                .body(units.formatted(Scenario.COMPLETED) + "role", equalTo("ACTION"))
                .body(units.formatted(Scenario.COMPLETED) + "reportedAt", notNullValue())
                .body(units.formatted(Scenario.COMPLETED) + "overdue", equalTo(false))
                .body(units.formatted(Scenario.REPORTED) + "status", equalTo("REPORTED"))
                .body(units.formatted(Scenario.REPORTED) + "reportFields.soTin", equalTo(7))
                .body(units.formatted(Scenario.OVERDUE) + "status", equalTo("ACKNOWLEDGED"))
                .body(units.formatted(Scenario.OVERDUE) + "overdue", equalTo(true))
                .body(units.formatted(Scenario.OVERDUE) + "deliveryId", notNullValue())
                .body(units.formatted(Scenario.EXTENDED) + "status", equalTo("DELIVERED"))
                .body(units.formatted(Scenario.EXTENDED) + "overdue", equalTo(false))
                .body(units.formatted(Scenario.RETURNED) + "status", equalTo("RETURNED"))
                .body(units.formatted(Scenario.RETURNED) + "role", equalTo("COORDINATE"))
                .body(units.formatted(Scenario.PENDING) + "status", equalTo("PENDING"))
                .body(units.formatted(Scenario.PENDING) + "role", equalTo("FOR_INFO"))
                .body(units.formatted(Scenario.PENDING) + "deliveryId", nullValue());
    }

    @Test
    void redeliveredEventsCountOnce() {
        // The reminder was delivered twice with the same event id, then a second reminder: 2, and it stays 2.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> given()
                .auth().oauth2(keycloak.accessToken("auditor"))
                .when().get("/api/v1/compliance/" + Scenario.DIRECTIVE)
                .then().statusCode(HttpStatus.SC_OK)
                .extract().<Integer>path("units.find { it.unit == '" + Scenario.OVERDUE + "' }.notificationsSent") == 2);
    }

    @Test
    void overdueListsOnlyTheIssuersOwnDirectives() {
        given().auth().oauth2(keycloak.accessToken("stttt"))
                .queryParam("unit", Scenario.OVERDUE)
                .when().get("/api/v1/overdue")
                .then().statusCode(HttpStatus.SC_OK)
                .body("total", equalTo(1))
                .body("items[0].directiveId", equalTo(Scenario.DIRECTIVE.toString()))
                .body("items[0].number", equalTo(Scenario.NUMBER))
                .body("items[0].status", equalTo("ACKNOWLEDGED"))
                .body("items[0].overdueFor", notNullValue());
        given().auth().oauth2(keycloak.accessToken("operator"))
                .queryParam("unit", Scenario.OVERDUE)
                .when().get("/api/v1/overdue")
                .then().statusCode(HttpStatus.SC_OK)
                .body("total", equalTo(2))
                .body("items.directiveId", hasItem(Scenario.OTHER_DIRECTIVE.toString()));
        given().auth().oauth2(keycloak.accessToken("operator"))
                .queryParam("directiveId", Scenario.DIRECTIVE.toString())
                .queryParam("size", 1)
                .when().get("/api/v1/overdue")
                .then().statusCode(HttpStatus.SC_OK)
                .body("total", equalTo(1))
                .body("size", equalTo(1))
                .body("items[0].unit", equalTo(Scenario.OVERDUE));
    }

    @Test
    void overdueRefusesABadPage() {
        given().auth().oauth2(keycloak.accessToken("operator"))
                .queryParam("size", 5000)
                .when().get("/api/v1/overdue")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .contentType("application/problem+json");
    }

    @Test
    void issuerReadsOnlyItsOwnDirectives() {
        given().auth().oauth2(keycloak.accessToken("stttt"))
                .when().get("/api/v1/compliance/" + Scenario.OTHER_DIRECTIVE)
                .then().statusCode(HttpStatus.SC_NOT_FOUND)
                .contentType("application/problem+json");
        given().auth().oauth2(keycloak.accessToken("auditor"))
                .when().get("/api/v1/compliance/" + Scenario.OTHER_DIRECTIVE)
                .then().statusCode(HttpStatus.SC_OK)
                .body("issuer", equalTo(Scenario.OTHER_ISSUER));
    }

    @Test
    void unitOfficerGetsForbidden() {
        given().auth().oauth2(keycloak.accessToken("ubnd-halong"))
                .when().get("/api/v1/compliance/" + Scenario.DIRECTIVE)
                .then().statusCode(HttpStatus.SC_FORBIDDEN)
                .contentType("application/problem+json");
        given().auth().oauth2(keycloak.accessToken("ubnd-halong"))
                .when().get("/api/v1/compliance/" + UUID.randomUUID())
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(keycloak.accessToken("ubnd-halong"))
                .when().get("/api/v1/overdue")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
    }

    @Test
    void unknownDirectiveAndMissingTokenAnswerAsTheContractSays() {
        given().auth().oauth2(keycloak.accessToken("operator"))
                .when().get("/api/v1/compliance/" + UUID.randomUUID())
                .then().statusCode(HttpStatus.SC_NOT_FOUND)
                .contentType("application/problem+json");
        given().when().get("/api/v1/compliance/" + Scenario.DIRECTIVE)
                .then().statusCode(HttpStatus.SC_UNAUTHORIZED);
    }

    @Test
    void statisticsByUnitKindAndMonth() {
        String from = Scenario.ISSUED_AT.toString();
        String to = Scenario.ISSUED_AT.plusMillis(1).toString();
        String districts = "find { it.group == 'DISTRICT_PC' }.";
        // STTTT's directive only: Đầm Hà completed on time, Hạ Long overdue; SO-NOIVU's delivery to Hạ Long is not STTTT's.
        // Unit kinds come from the directory copy, which may still be catching up.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(keycloak.accessToken("stttt"))
                .queryParam("from", from).queryParam("to", to)
                .when().get("/api/v1/statistics/unit-kinds")
                .then().statusCode(HttpStatus.SC_OK)
                .body(districts + "directives", equalTo(1))
                .body(districts + "deliveries", equalTo(2))
                .body(districts + "reported", equalTo(1))
                .body(districts + "overdue", equalTo(1))
                .body(districts + "due", equalTo(2))
                .body(districts + "onTime", equalTo(1))
                .body(districts + "onTimeRate", equalTo(0.5f))
                .body("find { it.group == 'PROVINCIAL_DEPARTMENT' }.deliveries", equalTo(1)));
        given().auth().oauth2(keycloak.accessToken("auditor"))
                .queryParam("from", from).queryParam("to", to)
                .when().get("/api/v1/statistics/months")
                .then().statusCode(HttpStatus.SC_OK)
                .body("", hasSize(1))
                .body("[0].directives", equalTo(2))
                .body("[0].deliveries", equalTo(7));
        given().auth().oauth2(keycloak.accessToken("auditor"))
                .queryParam("from", "hôm qua")
                .when().get("/api/v1/statistics/months")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST);
        given().auth().oauth2(keycloak.accessToken("ubnd-halong"))
                .when().get("/api/v1/statistics/unit-kinds")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
    }
}
