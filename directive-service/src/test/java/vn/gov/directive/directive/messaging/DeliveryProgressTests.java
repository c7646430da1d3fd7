package vn.gov.directive.directive.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.http.HttpStatus;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.directive.Requests;
import vn.gov.directive.directive.TestDirectory;
import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.DeliveryTransition;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.testsupport.CloudEventRecords;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** Delivery counts kept from real delivery-events, once per event however often it comes. */
@QuarkusTest
class DeliveryProgressTests {

    private static final String TOPIC = org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue("platform.topics.prefix", String.class).orElse("test-directive.") + "delivery-events";

    @InjectKeycloak
    KeycloakTokens keycloak;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    TestDirectory directory;

    @BeforeEach
    void seedDirectory() {
        directory.loadSeed();
    }

    @Test
    void countsFollowDeliveryEventsAndRedeliveriesChangeNothing() {
        String id = given().auth().oauth2(keycloak.accessToken("stttt")).contentType(ContentType.JSON)
                .body(Requests.json(Requests.seed())).queryParam("issue", true)
                .when().post("/api/v1/directives")
                .then().statusCode(HttpStatus.SC_CREATED).extract().path("id");
        UUID directive = UUID.fromString(id);
        Instant now = Instant.now();
        UUID halong = UUID.randomUUID();
        UUID campha = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        records.add(created(halong, directive, "UBND-HALONG", now.plusSeconds(86_400)));
        records.add(created(campha, directive, "UBND-CAMPHA", now.plusSeconds(86_400)));
        records.add(created(late, directive, "UBND-UONGBI", now.minusSeconds(60)));
        records.add(move(EventType.DELIVERY_ACKNOWLEDGED, halong, directive, "UBND-HALONG", DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED, 2));
        ProducerRecord<String, String> report = move(EventType.REPORT_SUBMITTED, halong, directive, "UBND-HALONG",
                DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.REPORTED, 3);
        records.add(report);
        records.add(report); // a redelivery
        records.add(move(EventType.DELIVERY_ACKNOWLEDGED, campha, directive, "UBND-CAMPHA", DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED, 2));

        kafka.produce(String.class, String.class).fromRecords(records).awaitCompletion(Duration.ofSeconds(20));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(keycloak.accessToken("stttt"))
                .when().get("/api/v1/directives/" + id)
                .then().statusCode(HttpStatus.SC_OK)
                .body("deliveries.deliveries", equalTo(3))
                .body("deliveries.delivered", equalTo(3))
                .body("deliveries.acknowledged", equalTo(2))
                .body("deliveries.reported", equalTo(1))
                .body("deliveries.overdue", equalTo(1)));
    }

    @Test
    void aReplayedAcknowledgmentAfterTheReportLeavesTheCountsAlone() {
        String id = issueSeed();
        UUID directive = UUID.fromString(id);
        UUID halong = UUID.randomUUID();
        // the acknowledgment (sequence 2) was dead-lettered; the report (3) went through
        kafka.produce(String.class, String.class).fromRecords(created(halong, directive, "UBND-HALONG", Instant.now().minusSeconds(60)),
                move(EventType.REPORT_SUBMITTED, halong, directive, "UBND-HALONG", DeliveryStatus.ACKNOWLEDGED,
                        DeliveryStatus.REPORTED, 3)).awaitCompletion(Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> counts(id).body("deliveries.reported", equalTo(1)));

        // the operator replays it, then a marker comes behind it on another delivery
        UUID marker = UUID.randomUUID();
        kafka.produce(String.class, String.class).fromRecords(move(EventType.DELIVERY_ACKNOWLEDGED, halong, directive, "UBND-HALONG",
                DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED, 2), created(marker, directive, "UBND-CAMPHA", null))
                .awaitCompletion(Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> counts(id).body("deliveries.deliveries", equalTo(2))
                .body("deliveries.acknowledged", equalTo(1)));

        counts(id).body("deliveries.reported", equalTo(1)).body("deliveries.overdue", equalTo(0))
                .body("deliveries.byStatus.REPORTED", equalTo(1)).body("deliveries.byStatus.ACKNOWLEDGED", org.hamcrest.Matchers.nullValue());
    }

    /**
     * What distribution-service publishes for an amendment and then a recall of a directive to
     * three units (one acknowledged, one reported, one overdue): the counts per state follow it.
     */
    @Test
    void afterAnAmendmentAndARecallTheCountsAreDistributionsPerState() {
        String id = issueSeed();
        UUID directive = UUID.fromString(id);
        Instant past = Instant.now().minusSeconds(3_600);
        Instant later = Instant.now().plusSeconds(7 * 86_400);
        UUID halong = UUID.randomUUID();
        UUID campha = UUID.randomUUID();
        UUID uongbi = UUID.randomUUID();
        kafka.produce(String.class, String.class).fromRecords(
                created(halong, directive, "UBND-HALONG", past), created(campha, directive, "UBND-CAMPHA", past),
                created(uongbi, directive, "UBND-UONGBI", past),
                move(EventType.DELIVERY_ACKNOWLEDGED, halong, directive, "UBND-HALONG", DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED, 2),
                move(EventType.DELIVERY_ACKNOWLEDGED, campha, directive, "UBND-CAMPHA", DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED, 2),
                move(EventType.REPORT_SUBMITTED, campha, directive, "UBND-CAMPHA", DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.REPORTED, 3))
                .awaitCompletion(Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> counts(id).body("deliveries.overdue", equalTo(2))
                .body("deliveries.reported", equalTo(1)));

        // the amendment: a later deadline for all, Hạ Long must acknowledge again
        kafka.produce(String.class, String.class).fromRecords(
                move(EventType.DELIVERY_AMENDED, halong, directive, "UBND-HALONG", DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.DELIVERED, 3, later),
                move(EventType.DELIVERY_AMENDED, campha, directive, "UBND-CAMPHA", DeliveryStatus.REPORTED, DeliveryStatus.REPORTED, 4, later),
                move(EventType.DELIVERY_AMENDED, uongbi, directive, "UBND-UONGBI", DeliveryStatus.DELIVERED, DeliveryStatus.DELIVERED, 2, later))
                .awaitCompletion(Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> counts(id).body("deliveries.overdue", equalTo(0))
                .body("deliveries.byStatus.DELIVERED", equalTo(2)).body("deliveries.byStatus.REPORTED", equalTo(1))
                .body("deliveries.byStatus.ACKNOWLEDGED", org.hamcrest.Matchers.nullValue()));

        // the recall: every open delivery closes, the counts with it
        kafka.produce(String.class, String.class).fromRecords(
                move(EventType.DELIVERY_RECALLED, halong, directive, "UBND-HALONG", DeliveryStatus.DELIVERED, DeliveryStatus.RECALLED, 4),
                move(EventType.DELIVERY_RECALLED, campha, directive, "UBND-CAMPHA", DeliveryStatus.REPORTED, DeliveryStatus.RECALLED, 5),
                move(EventType.DELIVERY_RECALLED, uongbi, directive, "UBND-UONGBI", DeliveryStatus.DELIVERED, DeliveryStatus.RECALLED, 3))
                .awaitCompletion(Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> counts(id).body("deliveries.byStatus.RECALLED", equalTo(3))
                .body("deliveries.byStatus.size()", equalTo(1)).body("deliveries.overdue", equalTo(0))
                .body("deliveries.reported", equalTo(0)));
    }

    private String issueSeed() {
        return given().auth().oauth2(keycloak.accessToken("stttt")).contentType(ContentType.JSON)
                .body(Requests.json(Requests.seed())).queryParam("issue", true)
                .when().post("/api/v1/directives")
                .then().statusCode(HttpStatus.SC_CREATED).extract().path("id");
    }

    private io.restassured.response.ValidatableResponse counts(String id) {
        return given().auth().oauth2(keycloak.accessToken("stttt")).when().get("/api/v1/directives/" + id)
                .then().statusCode(HttpStatus.SC_OK);
    }

    @Test
    void aRecordThatIsNoCloudEventGoesToTheDeadLetterTopic() {
        String key = "not-an-event-" + UUID.randomUUID();
        ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics(TOPIC + ".dlq");

        kafka.produceStrings().fromRecords(new ProducerRecord<>(TOPIC, key, "{\"hello\": 1}")).awaitCompletion(Duration.ofSeconds(20));

        await().atMost(Duration.ofSeconds(30)).until(() -> dlq.getRecords().stream().anyMatch(r -> key.equals(r.key())));
        assertThat(dlq.getRecords().stream().filter(r -> key.equals(r.key()))).hasSize(1);
        dlq.stop();
    }

    private static ProducerRecord<String, String> created(UUID delivery, UUID directive, String unit, Instant deadline) {
        return CloudEventRecords.record(TOPIC, EventType.DELIVERY_CREATED, delivery.toString(),
                new DeliveryCreated(delivery, directive, 1, unit, Role.ACTION, DeliveryStatus.DELIVERED, deadline, "1/STTTT-TTBCXB",
                        "V/v thử", Urgency.NORMAL, Instant.now(), 1),
                UUID.randomUUID());
    }

    private static ProducerRecord<String, String> move(EventType type, UUID delivery, UUID directive, String unit,
            DeliveryStatus from, DeliveryStatus to, long sequence) {
        return move(type, delivery, directive, unit, from, to, sequence, null);
    }

    private static ProducerRecord<String, String> move(EventType type, UUID delivery, UUID directive, String unit,
            DeliveryStatus from, DeliveryStatus to, long sequence, Instant deadline) {
        return CloudEventRecords.record(TOPIC, type, delivery.toString(),
                new DeliveryTransition(delivery, directive, type == EventType.DELIVERY_AMENDED ? 2 : 1, unit, from, to,
                        unit.toLowerCase(), Instant.now(), null, to == DeliveryStatus.REPORTED ? "Đã triển khai" : null, null,
                        deadline, sequence),
                UUID.randomUUID());
    }
}
