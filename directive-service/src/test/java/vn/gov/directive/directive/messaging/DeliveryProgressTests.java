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

    private static final String TOPIC = "test-directive.delivery-events";

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
        records.add(move(EventType.DELIVERY_ACKNOWLEDGED, halong, directive, "UBND-HALONG", DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED));
        ProducerRecord<String, String> report = move(EventType.REPORT_SUBMITTED, halong, directive, "UBND-HALONG",
                DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.REPORTED);
        records.add(report);
        records.add(report); // a redelivery
        records.add(move(EventType.DELIVERY_ACKNOWLEDGED, campha, directive, "UBND-CAMPHA", DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED));

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
                        "V/v thử", Urgency.NORMAL, Instant.now()),
                UUID.randomUUID());
    }

    private static ProducerRecord<String, String> move(EventType type, UUID delivery, UUID directive, String unit,
            DeliveryStatus from, DeliveryStatus to) {
        return CloudEventRecords.record(TOPIC, type, delivery.toString(),
                new DeliveryTransition(delivery, directive, 1, unit, from, to, unit.toLowerCase(), Instant.now(), null,
                        to == DeliveryStatus.REPORTED ? "Đã triển khai" : null, null, null),
                UUID.randomUUID());
    }
}
