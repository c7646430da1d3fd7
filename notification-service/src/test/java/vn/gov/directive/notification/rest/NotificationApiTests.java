package vn.gov.directive.notification.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.common.directory.DirectoryReplica;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.UnitUpserted;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.notification.NotificationRows;
import vn.gov.directive.notification.TestEvents;
import vn.gov.directive.notification.domain.NoticeDirective;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** Who reads which notifications, and the holiday calendar, with real Keycloak tokens. */
@QuarkusTest
class NotificationApiTests {

    static final String HALONG = "UBND-HALONG";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectKeycloak
    KeycloakTokens keycloak;

    @Inject
    DirectoryReplica replica;

    TestEvents events;

    @BeforeEach
    void setUp() {
        events = new TestEvents(kafka, replica);
    }

    @Test
    void theIssuerOperatorsAndAuditorsSeeADirectivesNotificationsAUnitOnlyItsOwn() {
        // UBND-HALONG is the unit of the real demo user ubnd-halong; its address here is a test one
        events.publish(EventType.UNIT_UPSERTED, HALONG, new UnitUpserted(HALONG, "UBND thành phố Hạ Long", "DISTRICT_PC",
                "ubnd-halong@test.example", List.of("DISTRICT_PCS"), null, null, null));
        String other = events.unit("Đơn vị thử nghiệm khác");
        TestEvents.Directive d = TestEvents.directive(Urgency.NORMAL, null, null);
        events.issued(d, new Recipient(HALONG, Role.ACTION), new Recipient(other, Role.ACTION));
        UUID halongDelivery = events.delivered(d, HALONG, Role.ACTION);
        UUID otherDelivery = events.delivered(d, other, Role.ACTION);
        await().atMost(Duration.ofSeconds(30)).until(() -> !NotificationRows.of(halongDelivery).isEmpty()
                && !NotificationRows.of(otherDelivery).isEmpty()
                && QuarkusTransaction.requiringNew().call(() -> NoticeDirective.findById(d.id()) != null));

        for (String reader : List.of("stttt", "operator", "auditor")) {
            given().auth().oauth2(keycloak.accessToken(reader)).queryParam("directiveId", d.id().toString())
                    .when().get("/api/v1/notifications")
                    .then().statusCode(HttpStatus.SC_OK)
                    .body("total", equalTo(2))
                    .body("items.unit", containsInAnyOrder(HALONG, other))
                    .body("items.kind", everyItem(equalTo("NOTICE")));
        }
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).queryParam("directiveId", d.id().toString())
                .when().get("/api/v1/notifications")
                .then().statusCode(HttpStatus.SC_OK)
                .body("total", equalTo(1))
                .body("items.deliveryId", contains(halongDelivery.toString()));
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).queryParam("unit", other)
                .when().get("/api/v1/notifications")
                .then().statusCode(HttpStatus.SC_FORBIDDEN)
                .contentType("application/problem+json");
        given().auth().oauth2(keycloak.accessToken("operator")).queryParam("directiveId", d.id().toString())
                .queryParam("unit", other).queryParam("size", 1)
                .when().get("/api/v1/notifications")
                .then().statusCode(HttpStatus.SC_OK)
                .body("items", hasSize(1)).body("size", equalTo(1)).body("items[0].unit", equalTo(other));
    }

    @Test
    void badQueriesAndAnonymousCallersAreRefused() {
        given().when().get("/api/v1/notifications").then().statusCode(HttpStatus.SC_UNAUTHORIZED);
        given().auth().oauth2(keycloak.accessToken("operator")).queryParam("directiveId", "not-a-uuid")
                .when().get("/api/v1/notifications")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("directiveId"));
        given().auth().oauth2(keycloak.accessToken("operator")).queryParam("size", 5000)
                .when().get("/api/v1/notifications")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST);
    }

    @Test
    void theCalendarShipsWithTetAndOnlyOperatorsChangeIt() {
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).queryParam("year", 2026)
                .when().get("/api/v1/calendar/holidays")
                .then().statusCode(HttpStatus.SC_OK)
                .body("date", hasItem("2026-02-17"))
                .body("find { it.date == '2026-02-17' }.name", equalTo("Tết Nguyên Đán"))
                .body("date", hasItem("2026-09-02"));
        given().auth().oauth2(keycloak.accessToken("operator")).queryParam("year", 2025)
                .when().get("/api/v1/calendar/holidays")
                .then().statusCode(HttpStatus.SC_OK).body("date", hasItem("2025-01-29"));

        List<Map<String, String>> year2030 = List.of(Map.of("date", "2030-01-01", "name", "Tết Dương lịch"),
                Map.of("date", "2030-09-02", "name", "Quốc khánh"));
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).contentType(ContentType.JSON).queryParam("year", 2030)
                .body(year2030).when().put("/api/v1/calendar/holidays")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        java.time.Instant changing = java.time.Instant.now().minusSeconds(1);
        given().auth().oauth2(keycloak.accessToken("operator")).contentType(ContentType.JSON).queryParam("year", 2030)
                .body(year2030).when().put("/api/v1/calendar/holidays")
                .then().statusCode(HttpStatus.SC_OK)
                .body("year", equalTo(2030))
                .body("holidays.date", contains("2030-01-01", "2030-09-02"));
        org.assertj.core.api.Assertions.assertThat(vn.gov.directive.testsupport.AuditTrails.assertNewest(keycloak,
                "calendar.holidays.replace", "operator", "holidays 2030", changing).getString("detail")).startsWith("2 holidays");

        List<Map<String, String>> wrong = List.of(Map.of("date", "2031-01-01", "name", "Tết Dương lịch"));
        given().auth().oauth2(keycloak.accessToken("operator")).contentType(ContentType.JSON).queryParam("year", 2030)
                .body(wrong).when().put("/api/v1/calendar/holidays")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("holidays[0].date"));
        given().auth().oauth2(keycloak.accessToken("operator")).contentType(ContentType.JSON).queryParam("year", 2030)
                .body(List.of(Map.of("date", "2030-04-30"))).when().put("/api/v1/calendar/holidays")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .contentType("application/problem+json");
        given().auth().oauth2(keycloak.accessToken("operator")).queryParam("year", 2030)
                .when().get("/api/v1/calendar/holidays")
                .then().statusCode(HttpStatus.SC_OK)
                .body("date", contains("2030-01-01", "2030-09-02"));
    }

}
