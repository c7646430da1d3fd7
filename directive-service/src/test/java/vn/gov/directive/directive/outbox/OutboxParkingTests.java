package vn.gov.directive.directive.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.common.kafka.PlatformProducerConfig;
import vn.gov.directive.common.kafka.TopicsConfig;
import vn.gov.directive.common.outbox.OutboxRelay;
import vn.gov.directive.common.audit.AuditActions;
import vn.gov.directive.events.CloudEventHeaders;
import vn.gov.directive.testsupport.AuditTrails;
import vn.gov.directive.testsupport.CloudEventRecords;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/**
 * The relay against the real broker: a row Kafka refuses for good (larger than max.request.size)
 * is parked with its error and counted, a later row of another key is published, a later row of
 * the same key waits behind it; an operator's retry parks it again, a discard lets the key go on.
 */
@QuarkusTest
class OutboxParkingTests {

    private static final String PARKED = "/api/v1/outbox/parked";

    @InjectKeycloak
    KeycloakTokens keycloak;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxRelay relay;

    @Inject
    TopicsConfig topics;

    @Inject
    PlatformProducerConfig producer;

    @Inject
    MeterRegistry metrics;

    @Test
    void aRowKafkaRefusesForGoodIsParkedAndHoldsOnlyItsOwnKey() {
        String topic = topics.topic("directive-events");
        ConsumerTask<String, String> published = kafka.consumeStrings().fromTopics(topic);
        String held = "parking-" + UUID.randomUUID();
        String other = "parking-" + UUID.randomUUID();
        double parkingsBefore = metrics.counter("outbox.parkings").count();

        long tooLarge = insertRow(held, "{\"body\":\"" + "x".repeat(producer.maxRequestBytes() + 1000) + "\"}");
        UUID otherEvent = UUID.randomUUID();
        long behind = insertRow(held, "{\"after\":true}");
        long otherKey = insertRow(other, "{\"other\":true}", otherEvent);
        relay.publishBatch();
        relay.publishBatch();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sentAt(otherKey)).isNotNull());
        await().atMost(Duration.ofSeconds(30)).until(() -> published.getRecords().stream()
                .anyMatch(r -> otherEvent.toString().equals(CloudEventRecords.header(r.headers(), CloudEventHeaders.ID))));
        assertThat(failure(tooLarge)).startsWith("RecordTooLargeException");
        assertThat(sentAt(tooLarge)).isNull();
        assertThat(sentAt(behind)).as("the row behind the parked one, same key").isNull();
        assertThat(keysOn(published)).doesNotContain(held);
        assertThat(metrics.counter("outbox.parkings").count()).isGreaterThan(parkingsBefore);
        assertThat(metrics.get("outbox.parked").gauge().value()).isGreaterThanOrEqualTo(1);

        String operator = keycloak.accessToken("operator");
        JsonPath list = given().auth().oauth2(operator).queryParam("size", 1000).when().get(PARKED)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> row = list.<Map<String, Object>>getList("items").stream()
                .filter(r -> ((Number) r.get("id")).longValue() == tooLarge).findFirst().orElseThrow();
        assertThat(row.get("key")).isEqualTo(held);
        assertThat(row.get("waitingBehind")).isEqualTo(1);
        assertThat((String) row.get("failure")).contains("max.request.size");

        // a retry puts it back first in line: still too large, it is parked again, and the row behind still waits
        Instant retried = Instant.now();
        given().auth().oauth2(operator).when().post(PARKED + "/" + tooLarge + "/retry").then().statusCode(204);
        AuditTrails.assertNewest(keycloak, AuditActions.OUTBOX_RETRY, "operator", "outbox_event " + tooLarge, retried.minusSeconds(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(failure(tooLarge)).isNotNull());
        relay.publishBatch();
        assertThat(sentAt(behind)).isNull();

        Instant discarded = Instant.now();
        given().auth().oauth2(operator).when().delete(PARKED + "/" + tooLarge).then().statusCode(204);
        AuditTrails.assertNewest(keycloak, AuditActions.OUTBOX_DISCARD, "operator", "outbox_event " + tooLarge, discarded.minusSeconds(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sentAt(behind)).isNotNull());
        await().atMost(Duration.ofSeconds(30)).until(() -> keysOn(published).contains(held));
        assertThat(sentAt(tooLarge)).as("a discarded row is never sent").isNull();
        given().auth().oauth2(operator).when().delete(PARKED + "/" + tooLarge).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        published.stop();
    }

    @Test
    void onlyOperatorsActOnParkedRows() {
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().get(PARKED).then().statusCode(403);
        given().auth().oauth2(keycloak.accessToken("auditor")).when().get(PARKED).then().statusCode(200);
        given().auth().oauth2(keycloak.accessToken("auditor")).when().post(PARKED + "/1/retry").then().statusCode(403);
        given().when().get(PARKED).then().statusCode(401);
        given().auth().oauth2(keycloak.accessToken("operator")).when().post(PARKED + "/" + Long.MAX_VALUE + "/retry")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(keycloak.accessToken("operator")).queryParam("size", 0).when().get(PARKED)
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    private List<String> keysOn(ConsumerTask<String, String> published) {
        return published.getRecords().stream().map(ConsumerRecord::key).toList();
    }

    private long insertRow(String key, String payload) {
        return insertRow(key, payload, UUID.randomUUID());
    }

    private long insertRow(String key, String payload, UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                insert into outbox_event (event_id, topic, message_key, ce_type, ce_subject, ce_time, payload)
                values (?1, 'directive-events', ?2, 'vn.gov.directive.DirectiveRecalled.v1', ?2, now(), ?3) returning id""")
                .setParameter(1, eventId).setParameter(2, key).setParameter(3, payload).getSingleResult()).longValue());
    }

    private Object sentAt(long id) {
        return column("sent_at", id);
    }

    private String failure(long id) {
        return (String) column("failure", id);
    }

    private Object column(String column, long id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select " + column + " from outbox_event where id = ?1").setParameter(1, id).getSingleResult());
    }
}
