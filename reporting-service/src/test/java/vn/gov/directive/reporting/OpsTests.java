package vn.gov.directive.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.http.HttpStatus;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.UnitUpserted;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.testsupport.CloudEventRecords;
import vn.gov.directive.testsupport.ComponentAddresses;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** The operations view against the real broker: its topics, real consumer groups with lag, real dead letters and their replay. */
@QuarkusTest
class OpsTests {

    private static final String DELIVERY_EVENTS = TestEvents.PREFIX + "delivery-events";
    private static final String NOTIFICATION_EVENTS = TestEvents.PREFIX + "notification-events";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectKeycloak
    KeycloakTokens keycloak;

    private String operator() {
        return keycloak.accessToken("operator");
    }

    @Test
    void topicsShowPartitionsAndEndOffsets() {
        String topic = TestEvents.PREFIX + "ops-" + UUID.randomUUID();
        kafka.produceStrings().fromRecords(List.of(new ProducerRecord<>(topic, "k", "một"), new ProducerRecord<>(topic, "k", "hai")))
                .awaitCompletion(Duration.ofSeconds(20));
        JsonPath topics = given().auth().oauth2(operator()).queryParam("prefix", topic)
                .when().get("/api/v1/ops/topics")
                .then().statusCode(HttpStatus.SC_OK)
                .body("topic", equalTo(List.of(topic)))
                .body("[0].messages", equalTo(2))
                .body("[0].deadLetters", equalTo(false))
                .extract().jsonPath();
        assertThat(topics.getList("[0].partitions.endOffset", Integer.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
    }

    @Test
    void consumerGroupsShowTheirLagPerPartition() throws Exception {
        String topic = TestEvents.PREFIX + "lag-" + UUID.randomUUID();
        String group = "test-reporting-lag-" + UUID.randomUUID();
        kafka.produceStrings().fromRecords(List.of(new ProducerRecord<>(topic, 0, "k", "1"), new ProducerRecord<>(topic, 0, "k", "2"),
                new ProducerRecord<>(topic, 0, "k", "3"))).awaitCompletion(Duration.ofSeconds(20));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ComponentAddresses.kafka()))) {
            admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(1)))
                    .all().get(20, TimeUnit.SECONDS);
        }
        String lagged = "find { it.groupId == '" + group + "' }.";
        given().auth().oauth2(operator())
                .when().get("/api/v1/ops/consumer-groups")
                .then().statusCode(HttpStatus.SC_OK)
                .body("groupId", hasItem("reporting-service"))
                .body("find { it.groupId == 'reporting-service' }.partitions.topic", hasItem(DELIVERY_EVENTS))
                .body(lagged + "totalLag", equalTo(2))
                .body(lagged + "partitions[0].committedOffset", equalTo(1))
                .body(lagged + "partitions[0].endOffset", equalTo(3))
                .body(lagged + "partitions[0].lag", equalTo(2));
    }

    @Test
    void anEventTheConsumerCannotReadIsListedWithItsError() {
        String key = UUID.randomUUID().toString();
        ProducerRecord<String, String> broken = CloudEventRecords.record(NOTIFICATION_EVENTS, EventType.NOTIFICATION_SENT, key,
                Map.of("deliveryId", key, "what", "không đúng lược đồ"), UUID.randomUUID());
        kafka.produce(String.class, String.class).fromRecords(List.of(broken)).awaitCompletion(Duration.ofSeconds(20));

        String letter = "find { it.key == '" + key + "' }.";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(operator())
                .when().get("/api/v1/ops/dead-letters/" + NOTIFICATION_EVENTS + ".dlq")
                .then().statusCode(HttpStatus.SC_OK)
                .body(letter + "originalTopic", equalTo(NOTIFICATION_EVENTS))
                .body(letter + "reason", org.hamcrest.Matchers.containsString("breaks its schema"))
                .body(letter + "headers.ce_type", equalTo(EventType.NOTIFICATION_SENT.ceType()))
                .body(letter + "payload", org.hamcrest.Matchers.containsString("không đúng lược đồ")));
    }

    @Test
    void aRecordTheReadModelRefusesGoesAloneToItsDeadLetterTopicAndItsNeighboursAreApplied() {
        UUID directive = UUID.randomUUID();
        String before = TestEvents.freshCode("TRUOC");
        String after = TestEvents.freshCode("SAU");
        String stranger = TestEvents.freshCode("LAC");
        Instant deadline = Instant.now().plus(Duration.ofDays(3));
        // One key, one partition, one poll: a valid event, one that breaks no schema but is no
        // event of the read model (a directory event on the delivery topic), another valid event.
        String key = directive.toString();
        List<ProducerRecord<String, String>> records = List.of(
                CloudEventRecords.record(DELIVERY_EVENTS, EventType.DELIVERY_CREATED, key, new DeliveryCreated(UUID.randomUUID(),
                        directive, 1, before, Role.ACTION, DeliveryStatus.DELIVERED, deadline, "6/STTTT-VP", "V/v lô sự kiện",
                        Urgency.NORMAL, Instant.now(), 1), UUID.randomUUID()),
                CloudEventRecords.record(DELIVERY_EVENTS, EventType.UNIT_UPSERTED, key, new UnitUpserted(stranger, "Đơn vị lạc",
                        "COMMUNE_PC", "lac@test.example", List.of(), null, null, null), UUID.randomUUID()),
                CloudEventRecords.record(DELIVERY_EVENTS, EventType.DELIVERY_CREATED, key, new DeliveryCreated(UUID.randomUUID(),
                        directive, 1, after, Role.ACTION, DeliveryStatus.DELIVERED, deadline, "6/STTTT-VP", "V/v lô sự kiện",
                        Urgency.NORMAL, Instant.now(), 1), UUID.randomUUID()));
        kafka.produce(String.class, String.class).fromRecords(records).awaitCompletion(Duration.ofSeconds(20));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(operator())
                .when().get("/api/v1/compliance/" + directive)
                .then().statusCode(HttpStatus.SC_OK)
                .body("delivered", equalTo(2))
                .body("units.unit", org.hamcrest.Matchers.containsInAnyOrder(before, after)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(operator())
                .when().get("/api/v1/ops/dead-letters/" + DELIVERY_EVENTS + ".dlq")
                .then().statusCode(HttpStatus.SC_OK)
                .body("findAll { it.key == '" + key + "' }.size()", equalTo(1))
                .body("find { it.key == '" + key + "' }.headers.ce_type", equalTo(EventType.UNIT_UPSERTED.ceType()))
                .body("find { it.key == '" + key + "' }.reason",
                        org.hamcrest.Matchers.containsString("is not an event of the compliance read model")));
    }

    @Test
    void aReplayedDeadLetterReachesTheReadModel() {
        UUID directive = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        String unit = TestEvents.freshCode("PHATLAI");
        DeliveryCreated created = new DeliveryCreated(delivery, directive, 1, unit, Role.ACTION, DeliveryStatus.DELIVERED,
                Instant.now().plus(Duration.ofDays(3)), "5/STTTT-VP", "V/v phát lại thư chết", Urgency.NORMAL, Instant.now(), 1);
        ProducerRecord<String, String> record = CloudEventRecords.record(DELIVERY_EVENTS + ".dlq", EventType.DELIVERY_CREATED,
                delivery.toString(), created, UUID.randomUUID());
        record.headers().add("dead-letter-reason", "database unavailable".getBytes(StandardCharsets.UTF_8));
        record.headers().add("dead-letter-topic", DELIVERY_EVENTS.getBytes(StandardCharsets.UTF_8));
        record.headers().add("dead-letter-partition", "0".getBytes(StandardCharsets.UTF_8));
        record.headers().add("dead-letter-offset", "0".getBytes(StandardCharsets.UTF_8));
        kafka.produce(String.class, String.class).fromRecords(List.of(record)).awaitCompletion(Duration.ofSeconds(20));

        String letter = "find { it.key == '" + delivery + "' }.";
        JsonPath listed = given().auth().oauth2(operator())
                .when().get("/api/v1/ops/dead-letters/" + DELIVERY_EVENTS + ".dlq")
                .then().statusCode(HttpStatus.SC_OK)
                .body(letter + "reason", equalTo("database unavailable"))
                .extract().jsonPath();
        int partition = listed.getInt(letter + "partition");
        long offset = listed.getLong(letter + "offset");
        given().auth().oauth2(keycloak.accessToken("auditor"))
                .when().post("/api/v1/ops/dead-letters/" + DELIVERY_EVENTS + ".dlq/" + partition + "/" + offset + "/replay")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);

        Instant replaying = Instant.now().minusSeconds(1);
        given().auth().oauth2(operator())
                .when().post("/api/v1/ops/dead-letters/" + DELIVERY_EVENTS + ".dlq/" + partition + "/" + offset + "/replay")
                .then().statusCode(HttpStatus.SC_OK)
                .body("topic", equalTo(DELIVERY_EVENTS))
                .body("offset", greaterThan(-1));
        org.assertj.core.api.Assertions.assertThat(vn.gov.directive.testsupport.AuditTrails.assertNewest(keycloak, "dead-letter.replay",
                "operator", DELIVERY_EVENTS + ".dlq/" + partition + "/" + offset, replaying).getString("detail"))
                .startsWith("onto " + DELIVERY_EVENTS + "/");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(operator())
                .when().get("/api/v1/compliance/" + directive)
                .then().statusCode(HttpStatus.SC_OK)
                .body("delivered", equalTo(1))
                .body("units[0].unit", equalTo(unit)));
    }

    @Test
    void replayRefusesWhatIsNotADeadLetter() {
        given().auth().oauth2(operator())
                .when().post("/api/v1/ops/dead-letters/" + DELIVERY_EVENTS + "/0/0/replay")
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY)
                .contentType("application/problem+json");
        given().auth().oauth2(operator())
                .when().post("/api/v1/ops/dead-letters/" + DELIVERY_EVENTS + ".dlq/0/999999999/replay")
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
    }

    @Test
    void onlyOperatorsSeeTheOperationsView() {
        given().auth().oauth2(keycloak.accessToken("auditor")).when().get("/api/v1/ops/topics")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(keycloak.accessToken("stttt")).when().get("/api/v1/ops/consumer-groups")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().when().get("/api/v1/ops/topics").then().statusCode(HttpStatus.SC_UNAUTHORIZED);
    }

    @Test
    void lagAndDeadLettersAreMetrics() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get("/q/metrics")
                .then().statusCode(HttpStatus.SC_OK)
                .body(org.hamcrest.Matchers.containsString("reporting_kafka_consumer_group_lag{group=\"reporting-service\""))
                .body(org.hamcrest.Matchers.containsString("reporting_kafka_dead_letters{topic=\"" + DELIVERY_EVENTS + ".dlq\"")));
    }
}
