package vn.gov.directive.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.Role;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/**
 * The compliance read model follows each delivery's events by their sequence, from real records:
 * an old event replayed late changes nothing, and after an amendment and a recall the states per
 * delivery are those distribution-service published.
 */
@QuarkusTest
class OrderAwareComplianceTests {

    private static final String NUMBER = "31/STTTT-TTBCXB";
    private static final String SUBJECT = "V/v thử thứ tự sự kiện";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectKeycloak
    KeycloakTokens keycloak;

    @Test
    void aReplayedAcknowledgmentAfterTheReportLeavesTheStatusAlone() {
        UUID directive = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        String unit = TestEvents.freshCode("PHATLAI");
        String other = TestEvents.freshCode("DANHDAU");
        Instant t0 = Instant.now().minus(Duration.ofHours(2));
        TestEvents events = new TestEvents();
        events.issued(directive, "STTTT", NUMBER, SUBJECT, t0, t0.plus(Duration.ofDays(5)),
                List.of(new Recipient(unit, Role.ACTION), new Recipient(other, Role.ACTION)));
        events.created(delivery, directive, unit, Role.ACTION, t0.plus(Duration.ofDays(5)), NUMBER, SUBJECT, t0);
        // the acknowledgment (2) was dead-lettered; the report (3) went through
        events.transition(EventType.REPORT_SUBMITTED, delivery, directive, unit, DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.REPORTED,
                t0.plusSeconds(200), Map.of("soTin", 4), null, 3);
        events.publish(kafka);
        await().atMost(Duration.ofSeconds(60)).until(() -> statuses(directive).equals(Map.of(unit, "REPORTED")));

        // replayed now (its event time later than the report's, as a replay's copy may be), then a marker behind it
        events.transition(EventType.DELIVERY_ACKNOWLEDGED, delivery, directive, unit, DeliveryStatus.DELIVERED,
                DeliveryStatus.ACKNOWLEDGED, Instant.now(), null, null, 2);
        events.created(marker, directive, other, Role.ACTION, t0.plus(Duration.ofDays(5)), NUMBER, SUBJECT, t0);
        events.publish(kafka);
        await().atMost(Duration.ofSeconds(60)).until(() -> statuses(directive).size() == 2);

        assertThat(statuses(directive)).isEqualTo(Map.of(unit, "REPORTED", other, "DELIVERED"));
        given().auth().oauth2(keycloak.accessToken("operator")).when().get("/api/v1/compliance/" + directive)
                .then().statusCode(HttpStatus.SC_OK).body("reported", equalTo(1)).body("fields.soTin", equalTo(4));
    }

    @Test
    void afterAnAmendmentAndARecallEveryDeliveryIsInTheStateDistributionPublished() {
        UUID directive = UUID.randomUUID();
        String acknowledging = TestEvents.freshCode("XACNHAN");
        String reporting = TestEvents.freshCode("BAOCAO");
        String silent = TestEvents.freshCode("IM");
        String completing = TestEvents.freshCode("XONG");
        UUID acked = UUID.randomUUID();
        UUID reported = UUID.randomUUID();
        UUID untouched = UUID.randomUUID();
        UUID completed = UUID.randomUUID();
        Instant t0 = Instant.now().minus(Duration.ofDays(3));
        Instant past = Instant.now().minus(Duration.ofHours(1));
        Instant later = Instant.now().plus(Duration.ofDays(7));
        TestEvents events = new TestEvents();
        events.issued(directive, "STTTT", NUMBER, SUBJECT, t0, past, List.of(new Recipient(acknowledging, Role.ACTION),
                new Recipient(reporting, Role.ACTION), new Recipient(silent, Role.ACTION), new Recipient(completing, Role.ACTION)));
        for (Object[] d : new Object[][] { { acked, acknowledging }, { reported, reporting }, { untouched, silent },
                { completed, completing } }) {
            events.created((UUID) d[0], directive, (String) d[1], Role.ACTION, past, NUMBER, SUBJECT, t0);
        }
        events.transition(EventType.DELIVERY_ACKNOWLEDGED, acked, directive, acknowledging, DeliveryStatus.DELIVERED,
                DeliveryStatus.ACKNOWLEDGED, t0.plusSeconds(100), null, null, 2);
        events.transition(EventType.REPORT_SUBMITTED, reported, directive, reporting, DeliveryStatus.DELIVERED,
                DeliveryStatus.REPORTED, t0.plusSeconds(100), Map.of("soTin", 2), null, 2);
        events.transition(EventType.REPORT_SUBMITTED, completed, directive, completing, DeliveryStatus.DELIVERED,
                DeliveryStatus.REPORTED, t0.plusSeconds(100), Map.of("soTin", 3), null, 2);
        events.transition(EventType.REPORT_ACCEPTED, completed, directive, completing, DeliveryStatus.REPORTED,
                DeliveryStatus.COMPLETED, t0.plusSeconds(200), null, null, 3);
        events.publish(kafka);
        await().atMost(Duration.ofSeconds(60)).until(() -> statuses(directive).size() == 4
                && "COMPLETED".equals(statuses(directive).get(completing)));
        given().auth().oauth2(keycloak.accessToken("operator")).when().get("/api/v1/compliance/" + directive)
                .then().body("overdue", equalTo(2));

        // the amendment, per delivery before the directive's own event (as they may arrive); closed deliveries get none
        Instant amendedAt = Instant.now();
        events.directiveChange(EventType.DELIVERY_AMENDED, acked, directive, 2, acknowledging, DeliveryStatus.ACKNOWLEDGED,
                DeliveryStatus.DELIVERED, amendedAt, later, 3);
        events.directiveChange(EventType.DELIVERY_AMENDED, reported, directive, 2, reporting, DeliveryStatus.REPORTED,
                DeliveryStatus.REPORTED, amendedAt, later, 3);
        events.directiveChange(EventType.DELIVERY_AMENDED, untouched, directive, 2, silent, DeliveryStatus.DELIVERED,
                DeliveryStatus.DELIVERED, amendedAt, later, 2);
        events.amended(directive, 2, NUMBER, SUBJECT + " (sửa đổi)", later, amendedAt);
        events.publish(kafka);
        Map<String, String> afterAmendment = Map.of(acknowledging, "DELIVERED", reporting, "REPORTED", silent, "DELIVERED",
                completing, "COMPLETED");
        await().atMost(Duration.ofSeconds(60)).until(() -> statuses(directive).equals(afterAmendment));
        JsonPath amended = compliance(directive);
        assertThat(amended.getInt("overdue")).as("every open delivery follows the later deadline").isZero();
        assertThat(amended.getString("units.find { it.unit == '" + acknowledging + "' }.acknowledgedAt")).isNull();

        // the recall: the directive's event first this time, then one DeliveryRecalled per open delivery
        Instant recalledAt = Instant.now();
        events.recalled(directive, 2, NUMBER, recalledAt);
        events.directiveChange(EventType.DELIVERY_RECALLED, acked, directive, 2, acknowledging, DeliveryStatus.DELIVERED,
                DeliveryStatus.RECALLED, recalledAt, null, 4);
        events.directiveChange(EventType.DELIVERY_RECALLED, reported, directive, 2, reporting, DeliveryStatus.REPORTED,
                DeliveryStatus.RECALLED, recalledAt, null, 4);
        events.directiveChange(EventType.DELIVERY_RECALLED, untouched, directive, 2, silent, DeliveryStatus.DELIVERED,
                DeliveryStatus.RECALLED, recalledAt, null, 3);
        events.publish(kafka);
        Map<String, String> afterRecall = Map.of(acknowledging, "RECALLED", reporting, "RECALLED", silent, "RECALLED",
                completing, "COMPLETED");
        await().atMost(Duration.ofSeconds(60)).until(() -> statuses(directive).equals(afterRecall));
        JsonPath recalled = compliance(directive);
        assertThat(recalled.getInt("overdue")).isZero();
        assertThat(recalled.getInt("completed")).isEqualTo(1);
    }

    private JsonPath compliance(UUID directive) {
        return given().auth().oauth2(keycloak.accessToken("operator")).when().get("/api/v1/compliance/" + directive)
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
    }

    /** Each delivered unit's state as the read model holds it (units no delivery event has named yet left out). */
    private Map<String, String> statuses(UUID directive) {
        var response = given().auth().oauth2(keycloak.accessToken("operator")).when().get("/api/v1/compliance/" + directive);
        Map<String, String> statuses = new TreeMap<>();
        if (response.statusCode() != HttpStatus.SC_OK) {
            return statuses;
        }
        List<Map<String, Object>> units = response.jsonPath().getList("units");
        for (Map<String, Object> unit : units) {
            if (unit.get("status") != null && !"PENDING".equals(unit.get("status"))) {
                statuses.put((String) unit.get("unit"), (String) unit.get("status"));
            }
        }
        return statuses;
    }
}
