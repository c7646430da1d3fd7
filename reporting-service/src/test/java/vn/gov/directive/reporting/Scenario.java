package vn.gov.directive.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.http.HttpStatus;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.Role;
import vn.gov.directive.testsupport.KeycloakTokens;

/**
 * One directive of STTTT to six fresh units, published once per test run as real events, with a
 * redelivered event and events out of order (the directive's issuance after its deliveries, a
 * unit's second report before its first, an acknowledgment before its delivery), and a second
 * directive of another issuer. Deadline: yesterday, one unit extended to next week.
 *
 * <pre>
 * COMPLETED    ACTION       reported soTin 12, soBai 3, accepted
 * REPORTED     ACTION       reported 5/1, sent back, reported 7/2 (the 7/2 report published first)
 * OVERDUE      ACTION       acknowledged only (the acknowledgment first and twice), 2 reminders
 * EXTENDED     ACTION       delivered, deadline extended: not overdue
 * RETURNED     COORDINATE   returned
 * PENDING      FOR_INFO     named by the directive, no delivery yet
 * </pre>
 */
final class Scenario {

    static final String ISSUER = "STTTT";
    static final String OTHER_ISSUER = "SO-NOIVU";
    static final UUID DIRECTIVE = UUID.randomUUID();
    static final UUID OTHER_DIRECTIVE = UUID.randomUUID();
    static final String NUMBER = (100 + (int) (Math.random() * 800)) + "/STTTT-TTBCXB";
    static final String SUBJECT = "V/v tăng cường tuyên truyền phòng, chống dịch bệnh";
    static final String COMPLETED = TestEvents.freshCode("HOANTHANH");
    static final String REPORTED = TestEvents.freshCode("BAOCAO");
    static final String OVERDUE = TestEvents.freshCode("QUAHAN");
    static final String EXTENDED = TestEvents.freshCode("GIAHAN");
    static final String RETURNED = TestEvents.freshCode("TRALAI");
    static final String PENDING = TestEvents.freshCode("CHOGUI");
    static final String COMPLETED_NAME = "Ủy ban nhân dân huyện Đầm Hà";

    /** When the scenario's directives were issued; a fresh instant per run, so a period can select this run alone. */
    // Whole milliseconds: events carry microseconds, and the statistics test asks for this very instant.
    static final Instant ISSUED_AT = Instant.now().minus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

    private static boolean published;

    private Scenario() {
    }

    static synchronized void ensurePublished(KafkaCompanion kafka, KeycloakTokens keycloak) {
        // A restart of the application between test classes starts from a clean database:
        // then the scenario is published again (same events, so the same answer).
        if (published && settled(keycloak.accessToken("operator"))) {
            return;
        }
        Instant now = Instant.now();
        Instant deadline = now.minus(Duration.ofDays(1));
        Instant t0 = ISSUED_AT;
        TestEvents events = new TestEvents();
        events.unit(COMPLETED, COMPLETED_NAME, "DISTRICT_PC");
        events.unit(REPORTED, "Sở Giáo dục và Đào tạo", "PROVINCIAL_DEPARTMENT");
        events.unit(OVERDUE, "Ủy ban nhân dân thành phố Hạ Long", "DISTRICT_PC");

        UUID completed = UUID.randomUUID();
        UUID reported = UUID.randomUUID();
        UUID overdue = UUID.randomUUID();
        UUID extended = UUID.randomUUID();
        UUID returned = UUID.randomUUID();

        // The acknowledgment before the delivery it acknowledges, and redelivered.
        ProducerRecord<String, String> ack = events.transition(EventType.DELIVERY_ACKNOWLEDGED, overdue, DIRECTIVE, OVERDUE,
                DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED, t0.plusSeconds(60), null, null, 2);
        events.again(ack);
        for (Object[] d : new Object[][] { { completed, COMPLETED, Role.ACTION }, { reported, REPORTED, Role.ACTION },
                { overdue, OVERDUE, Role.ACTION }, { extended, EXTENDED, Role.ACTION }, { returned, RETURNED, Role.COORDINATE } }) {
            events.created((UUID) d[0], DIRECTIVE, (String) d[1], (Role) d[2], deadline, NUMBER, SUBJECT, t0);
        }
        events.transition(EventType.DELIVERY_ACKNOWLEDGED, completed, DIRECTIVE, COMPLETED, DeliveryStatus.DELIVERED,
                DeliveryStatus.ACKNOWLEDGED, t0.plusSeconds(100), null, null, 2);
        ProducerRecord<String, String> report = events.transition(EventType.REPORT_SUBMITTED, completed, DIRECTIVE, COMPLETED,
                DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.REPORTED, t0.plusSeconds(200),
                Map.of("soTin", 12, "soBai", 3, "ghiChu", "đúng hạn"), null, 3);
        events.again(report);
        events.transition(EventType.REPORT_ACCEPTED, completed, DIRECTIVE, COMPLETED, DeliveryStatus.REPORTED,
                DeliveryStatus.COMPLETED, t0.plusSeconds(300), null, null, 4);

        events.transition(EventType.DELIVERY_ACKNOWLEDGED, reported, DIRECTIVE, REPORTED, DeliveryStatus.DELIVERED,
                DeliveryStatus.ACKNOWLEDGED, t0.plusSeconds(100), null, null, 2);
        // The second report first: the first report and the revision request must not undo it.
        events.transition(EventType.REPORT_SUBMITTED, reported, DIRECTIVE, REPORTED, DeliveryStatus.REVISION_REQUESTED,
                DeliveryStatus.REPORTED, t0.plusSeconds(600), Map.of("soTin", 7, "soBai", 2.5), null, 5);
        events.transition(EventType.REPORT_SUBMITTED, reported, DIRECTIVE, REPORTED, DeliveryStatus.ACKNOWLEDGED,
                DeliveryStatus.REPORTED, t0.plusSeconds(200), Map.of("soTin", 5, "soBai", 1), null, 3);
        events.transition(EventType.REPORT_REVISION_REQUESTED, reported, DIRECTIVE, REPORTED, DeliveryStatus.REPORTED,
                DeliveryStatus.REVISION_REQUESTED, t0.plusSeconds(400), null, null, 4);

        events.transition(EventType.DEADLINE_EXTENDED, extended, DIRECTIVE, EXTENDED, DeliveryStatus.DELIVERED,
                DeliveryStatus.DELIVERED, t0.plusSeconds(500), null, now.plus(Duration.ofDays(7)), 2);
        events.transition(EventType.DELIVERY_RETURNED, returned, DIRECTIVE, RETURNED, DeliveryStatus.DELIVERED,
                DeliveryStatus.RETURNED, t0.plusSeconds(100), null, null, 2);

        ProducerRecord<String, String> reminder = events.notificationSent(overdue, DIRECTIVE, OVERDUE, t0.plusSeconds(700));
        events.again(reminder);
        events.notificationSent(overdue, DIRECTIVE, OVERDUE, t0.plusSeconds(800));

        // The directive's own issuance after all of its deliveries' events.
        events.issued(DIRECTIVE, ISSUER, NUMBER, SUBJECT, t0, deadline, List.of(new Recipient(COMPLETED, Role.ACTION),
                new Recipient(REPORTED, Role.ACTION), new Recipient(OVERDUE, Role.ACTION), new Recipient(EXTENDED, Role.ACTION),
                new Recipient(RETURNED, Role.COORDINATE), new Recipient(PENDING, Role.FOR_INFO)));

        UUID otherDelivery = UUID.randomUUID();
        events.issued(OTHER_DIRECTIVE, OTHER_ISSUER, "7/SNV-VP", "V/v báo cáo công tác cải cách hành chính", t0, deadline,
                List.of(new Recipient(OVERDUE, Role.ACTION)));
        events.created(otherDelivery, OTHER_DIRECTIVE, OVERDUE, Role.ACTION, deadline, "7/SNV-VP",
                "V/v báo cáo công tác cải cách hành chính", t0);
        events.publish(kafka);

        String operator = keycloak.accessToken("operator");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> settled(operator));
        published = true;
    }

    /** Every event has reached the read model: the last ones of each kind show. */
    private static boolean settled(String token) {
        var response = given().auth().oauth2(token).when().get("/api/v1/compliance/" + DIRECTIVE);
        if (response.statusCode() != HttpStatus.SC_OK) {
            return false;
        }
        var json = response.jsonPath();
        Integer other = given().auth().oauth2(token).when().get("/api/v1/compliance/" + OTHER_DIRECTIVE).then().extract()
                .path("delivered");
        return "STTTT".equals(json.getString("issuer")) && json.getInt("delivered") == 5 && json.getInt("completed") == 1
                && json.getInt("returned") == 1 && Integer.valueOf(1).equals(other)
                && json.getList("units.findAll { it.unit == '" + OVERDUE + "' }.notificationsSent").contains(2)
                && "REPORTED".equals(json.getString("units.find { it.unit == '" + REPORTED + "' }.status"))
                && json.getString("units.find { it.unit == '" + EXTENDED + "' }.deadline").compareTo(Instant.now().toString()) > 0
                && json.getString("units.find { it.unit == '" + COMPLETED + "' }.unitName") != null
                && json.getString("units.find { it.unit == '" + OVERDUE + "' }.acknowledgedAt") != null;
    }
}
