package vn.gov.directive.distribution.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.distribution.TestDirectives;
import vn.gov.directive.events.CloudEventHeaders;
import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DirectiveAmended;
import vn.gov.directive.events.DirectiveIssued;
import vn.gov.directive.events.DirectiveRecalled;
import vn.gov.directive.events.EventJson;
import vn.gov.directive.events.EventSchemas;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.TaskSummary;
import vn.gov.directive.testsupport.CloudEventRecords;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** The fan-out and the directive's later events, from real records on the real broker to rows and events. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectiveEventsTests {

    private static final Logger LOG = Logger.getLogger(DirectiveEventsTests.class);
    private static final Duration FAN_OUT = Duration.ofSeconds(60);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectKeycloak
    KeycloakTokens keycloak;

    @Inject
    TestDirectives directives;

    @Inject
    MeterRegistry registry;

    @Test
    @Order(1)
    void theSeedDirectiveBecomes38DeliveriesEachPublishedAsDeliveryCreated() {
        ConsumerTask<String, String> published = directives.deliveryEventsFromNow(kafka);
        UUID id = UUID.randomUUID();
        Instant deadline = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        DirectiveIssued issued = directives.seedDirective(id, deadline);

        directives.publish(kafka, EventType.DIRECTIVE_ISSUED, id, issued, UUID.randomUUID());

        Map<String, UUID> deliveries = directives.awaitDeliveries(id, 38, FAN_OUT);
        assertThat(deliveries).containsKeys("UBND-HALONG", "TTTT-TINH", "CA-TINH", "UBND-TINH").doesNotContainKey("STTTT");
        List<Map<String, Object>> items = given().auth().oauth2(keycloak.accessToken("operator"))
                .when().get("/api/v1/deliveries?directiveId=" + id + "&size=100")
                .then().statusCode(HttpStatus.SC_OK).body("total", equalTo(38))
                .extract().jsonPath().getList("items");
        Map<String, Long> roles = items.stream().collect(Collectors.groupingBy(i -> (String) i.get("role"), Collectors.counting()));
        assertThat(roles).containsExactlyInAnyOrderEntriesOf(Map.of("ACTION", 34L, "FOR_REPORT", 3L, "COORDINATE", 1L));
        assertThat(items).allSatisfy(i -> {
            assertThat(i.get("status")).isEqualTo("DELIVERED");
            assertThat(Instant.parse((String) i.get("deadline"))).isEqualTo(deadline);
            assertThat(i.get("number")).isEqualTo(issued.number());
        });

        await().atMost(Duration.ofSeconds(60)).until(() -> TestDirectives.about(published, id).size() >= 38);
        published.stop();
        List<ConsumerRecord<String, String>> created = TestDirectives.about(published, id);
        assertThat(created).hasSize(38).allSatisfy(r -> {
            assertThat(CloudEventRecords.header(r.headers(), CloudEventHeaders.TYPE)).isEqualTo(EventType.DELIVERY_CREATED.ceType());
            assertThat(EventSchemas.violations(EventType.DELIVERY_CREATED, r.value())).isEmpty();
            DeliveryCreated event = EventJson.read(r.value(), DeliveryCreated.class);
            assertThat(r.key()).isEqualTo(event.deliveryId().toString());
            assertThat(deliveries.get(event.unit())).isEqualTo(event.deliveryId());
        });
    }

    @Test
    @Order(2)
    void aRedeliveredDirectiveIssuedCreatesNothingMore() {
        UUID id = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        DirectiveIssued issued = directives.issued(id, List.of(new Recipient("UBND-HALONG", Role.ACTION),
                new Recipient("UBND-CAMPHA", Role.ACTION)), null, List.of(), "V/v kiểm tra gửi lại");
        directives.publish(kafka, EventType.DIRECTIVE_ISSUED, id, issued, eventId);
        directives.awaitDeliveries(id, 2, FAN_OUT);

        // the same record again (Kafka redelivers), then the same payload under a new event id
        // (a producer that re-sent it): the first is caught by the processed-event ledger, the second
        // by the directive already being fanned out. Same key, same partition: once the second is
        // processed, so is the first.
        UUID resentId = UUID.randomUUID();
        directives.publish(kafka, EventType.DIRECTIVE_ISSUED, id, issued, eventId);
        directives.publish(kafka, EventType.DIRECTIVE_ISSUED, id, issued, resentId);
        await().atMost(FAN_OUT).until(() -> directives.processed(resentId));

        assertThat(directives.deliveryCount(id)).isEqualTo(2);
        assertThat(directives.outboxEvents(EventType.DELIVERY_CREATED, id)).isEqualTo(2);
    }

    @Test
    @Order(3)
    void anAmendmentAsksUnitsThatAcknowledgedForTheNewVersionAndMovesDeadlines() {
        UUID id = UUID.randomUUID();
        Instant deadline = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        directives.publish(kafka, EventType.DIRECTIVE_ISSUED, id, directives.issued(id, List.of(new Recipient("UBND-HALONG", Role.ACTION),
                new Recipient("UBND-CAMPHA", Role.ACTION), new Recipient("UBND-UONGBI", Role.ACTION)), deadline,
                List.of(), "V/v sửa đổi"), UUID.randomUUID());
        Map<String, UUID> deliveries = directives.awaitDeliveries(id, 3, FAN_OUT);
        UUID halong = deliveries.get("UBND-HALONG");
        UUID campha = deliveries.get("UBND-CAMPHA");
        act("ubnd-halong", halong, "acknowledge", null).statusCode(HttpStatus.SC_OK);
        act("ubnd-campha", campha, "report", Map.of("summary", "Đã thực hiện")).statusCode(HttpStatus.SC_OK);

        Instant later = deadline.plus(3, ChronoUnit.DAYS);
        UUID amendment = UUID.randomUUID();
        directives.publish(kafka, EventType.DIRECTIVE_AMENDED, id, new DirectiveAmended(id, 2, "12/STTTT-TTBCXB", "V/v sửa đổi (lần 2)",
                later, "Lùi hạn báo cáo", Instant.now(), "stttt", null, List.of(new TaskSummary("T1", "Báo cáo",
                        List.of("UBND-UONGBI"), deadline.plus(1, ChronoUnit.DAYS), List.of()))), amendment);
        await().atMost(FAN_OUT).until(() -> directives.processed(amendment));

        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().get("/api/v1/deliveries/" + halong)
                .then().statusCode(HttpStatus.SC_OK)
                .body("status", equalTo("DELIVERED")).body("version", equalTo(2)).body("acknowledgedVersion", equalTo(1))
                .body("needsAcknowledgment", equalTo(true)).body("subject", equalTo("V/v sửa đổi (lần 2)"))
                .body("deadline", equalTo(later.toString()))
                .body("history[-1].action", equalTo("AMEND")).body("history[-1].from", equalTo("ACKNOWLEDGED"))
                .body("history[-1].actor", equalTo("stttt")).body("history[-1].directiveVersion", equalTo(2))
                .body("history[-1].reason", equalTo("Lùi hạn báo cáo"));
        // a report already made stands; the unit's own task deadline now applies to Uông Bí
        given().auth().oauth2(keycloak.accessToken("ubnd-campha")).when().get("/api/v1/deliveries/" + campha)
                .then().statusCode(HttpStatus.SC_OK).body("status", equalTo("REPORTED")).body("acknowledgedVersion", equalTo(1));
        given().auth().oauth2(keycloak.accessToken("ubnd-uongbi")).when().get("/api/v1/deliveries/" + deliveries.get("UBND-UONGBI"))
                .then().statusCode(HttpStatus.SC_OK).body("deadline", equalTo(deadline.plus(1, ChronoUnit.DAYS).toString()));

        act("ubnd-halong", halong, "acknowledge", null).statusCode(HttpStatus.SC_OK)
                .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedVersion", equalTo(2)).body("needsAcknowledgment", equalTo(false));

        // what each delivery became, one event each, counting on from the delivery's own events:
        // Hạ Long created 1, acknowledged 2, amended 3 (then acknowledged again, 4); Cẩm Phả created 1,
        // acknowledged and reported 2 and 3, amended 4 (still REPORTED); Uông Bí created 1, amended 2
        assertAmended(halong, "ACKNOWLEDGED", "DELIVERED", 3, later);
        assertAmended(campha, "REPORTED", "REPORTED", 4, later);
        assertAmended(deliveries.get("UBND-UONGBI"), "DELIVERED", "DELIVERED", 2, deadline.plus(1, ChronoUnit.DAYS));
        assertThat(directives.outboxPayloads(EventType.DELIVERY_ACKNOWLEDGED, halong))
                .extracting(p -> p.get("sequence").asLong()).containsExactly(2L, 4L);
    }

    private void assertAmended(UUID delivery, String from, String to, long sequence, Instant deadline) {
        List<com.fasterxml.jackson.databind.JsonNode> amended = directives.outboxPayloads(EventType.DELIVERY_AMENDED, delivery);
        assertThat(amended).hasSize(1);
        com.fasterxml.jackson.databind.JsonNode event = amended.get(0);
        assertThat(EventSchemas.violations(EventType.DELIVERY_AMENDED, event.toString())).isEmpty();
        assertThat(event.get("from").asText()).isEqualTo(from);
        assertThat(event.get("to").asText()).isEqualTo(to);
        assertThat(event.get("version").asInt()).isEqualTo(2);
        assertThat(event.get("sequence").asLong()).isEqualTo(sequence);
        assertThat(Instant.parse(event.get("deadline").asText())).isEqualTo(deadline);
        assertThat(event.get("actor").asText()).isEqualTo("stttt");
    }

    @Test
    @Order(4)
    void aRecallClosesOpenDeliveriesAndLeavesClosedOnesAlone() {
        UUID id = UUID.randomUUID();
        directives.publish(kafka, EventType.DIRECTIVE_ISSUED, id, directives.issued(id, List.of(new Recipient("UBND-HALONG", Role.ACTION),
                new Recipient("UBND-CAMPHA", Role.ACTION), new Recipient("UBND-MONGCAI", Role.ACTION)), null, List.of(), "V/v thu hồi"),
                UUID.randomUUID());
        Map<String, UUID> deliveries = directives.awaitDeliveries(id, 3, FAN_OUT);
        act("ubnd-halong", deliveries.get("UBND-HALONG"), "acknowledge", null).statusCode(HttpStatus.SC_OK);
        act("ubnd-campha", deliveries.get("UBND-CAMPHA"), "return", Map.of("reason", "Gửi nhầm đơn vị")).statusCode(HttpStatus.SC_OK);

        UUID recall = UUID.randomUUID();
        directives.publish(kafka, EventType.DIRECTIVE_RECALLED, id,
                new DirectiveRecalled(id, 1, "12/STTTT-TTBCXB", "Ban hành nhầm", Instant.now(), "stttt"), recall);
        await().atMost(FAN_OUT).until(() -> directives.processed(recall));

        assertThat(directives.status(deliveries.get("UBND-HALONG"))).isEqualTo("RECALLED");
        assertThat(directives.status(deliveries.get("UBND-MONGCAI"))).isEqualTo("RECALLED");
        assertThat(directives.status(deliveries.get("UBND-CAMPHA"))).isEqualTo("RETURNED");
        act("ubnd-halong", deliveries.get("UBND-HALONG"), "acknowledge", null).statusCode(HttpStatus.SC_CONFLICT)
                .body("detail", org.hamcrest.Matchers.containsString("RECALLED"));
        given().auth().oauth2(keycloak.accessToken("ubnd-mongcai")).when().get("/api/v1/deliveries/" + deliveries.get("UBND-MONGCAI"))
                .then().statusCode(HttpStatus.SC_OK)
                .body("history[0].action", equalTo("RECALL")).body("history[0].from", equalTo("DELIVERED"))
                .body("history[0].reason", equalTo("Ban hành nhầm"));

        // one DeliveryRecalled per delivery the recall closed, with its next sequence; none for the returned one
        List<com.fasterxml.jackson.databind.JsonNode> halong = directives.outboxPayloads(EventType.DELIVERY_RECALLED,
                deliveries.get("UBND-HALONG"));
        List<com.fasterxml.jackson.databind.JsonNode> mongcai = directives.outboxPayloads(EventType.DELIVERY_RECALLED,
                deliveries.get("UBND-MONGCAI"));
        assertThat(halong).singleElement().satisfies(e -> {
            assertThat(EventSchemas.violations(EventType.DELIVERY_RECALLED, e.toString())).isEmpty();
            assertThat(e.get("from").asText()).isEqualTo("ACKNOWLEDGED");
            assertThat(e.get("to").asText()).isEqualTo("RECALLED");
            assertThat(e.get("sequence").asLong()).isEqualTo(3);
        });
        assertThat(mongcai).singleElement().satisfies(e -> assertThat(e.get("sequence").asLong()).isEqualTo(2));
        assertThat(directives.outboxPayloads(EventType.DELIVERY_RECALLED, deliveries.get("UBND-CAMPHA"))).isEmpty();
    }

    @Test
    @Order(5)
    void anEventThatBreaksItsSchemaGoesToTheDeadLetterTopicAndThePartitionMovesOn() {
        ConsumerTask<String, String> deadLetters = directives.fromNow(kafka, TestDirectives.DIRECTIVE_EVENTS + ".dlq");
        UUID broken = UUID.randomUUID();
        DirectiveIssued withoutRecipients = directives.issued(broken, List.of(), null, List.of(), "V/v không có nơi nhận");
        UUID next = UUID.randomUUID();
        DirectiveIssued fine = directives.issued(next, List.of(new Recipient("UBND-HALONG", Role.ACTION)), null, List.of(), "V/v sau bản tin lỗi");
        // both on partition 0, the good one behind the bad one
        directives.publish(kafka, onPartitionZero(CloudEventRecords.record(TestDirectives.DIRECTIVE_EVENTS, EventType.DIRECTIVE_ISSUED,
                broken.toString(), withoutRecipients, UUID.randomUUID())));
        directives.publish(kafka, onPartitionZero(CloudEventRecords.record(TestDirectives.DIRECTIVE_EVENTS, EventType.DIRECTIVE_ISSUED,
                next.toString(), fine, UUID.randomUUID())));

        await().atMost(FAN_OUT).until(() -> deadLetters.getRecords().stream().anyMatch(r -> broken.toString().equals(r.key())));
        deadLetters.stop();
        directives.awaitDeliveries(next, 1, FAN_OUT);
        assertThat(directives.deliveryCount(broken)).isZero();
    }

    @Test
    @Order(6)
    void aDirectiveToTenThousandUnitsIsFannedOutInOneGo() {
        int units = 10_000;
        UUID id = UUID.randomUUID();
        List<Recipient> recipients = IntStream.range(0, units).mapToObj(i -> new Recipient("SYN-" + i, i % 10 == 0 ? Role.FOR_INFO : Role.ACTION))
                .toList();
        List<String> firstHalf = new ArrayList<>(recipients.stream().limit(units / 2).map(Recipient::unit).toList());
        DirectiveIssued issued = directives.issued(id, recipients, Instant.now().plus(7, ChronoUnit.DAYS),
                List.of(new TaskSummary("T1", "Báo cáo", firstHalf, Instant.now().plus(3, ChronoUnit.DAYS), List.of())), "V/v phát hành rộng");
        Timer timer = registry.find("distribution.fanout.duration").timer();
        long before = timer == null ? 0 : timer.count();

        long start = System.nanoTime();
        directives.publish(kafka, EventType.DIRECTIVE_ISSUED, id, issued, UUID.randomUUID());
        directives.awaitDeliveries(id, units, Duration.ofSeconds(120));
        long endToEndMs = Duration.ofNanos(System.nanoTime() - start).toMillis();

        Timer fanOut = registry.find("distribution.fanout.duration").timer();
        assertThat(fanOut).isNotNull();
        assertThat(fanOut.count()).isGreaterThan(before);
        LOG.infof("FAN-OUT FIGURE: %d deliveries and %d DeliveryCreated outbox rows in %.0f ms inside the consumer "
                + "(transaction committed); %d ms from publishing the record to all rows visible",
                units, directives.outboxEvents(EventType.DELIVERY_CREATED, id), fanOut.max(java.util.concurrent.TimeUnit.MILLISECONDS), endToEndMs);
        assertThat(directives.outboxEvents(EventType.DELIVERY_CREATED, id)).isEqualTo(units);

        // a recall of all 10,000 publishes one DeliveryRecalled each, in one transaction of batches
        UUID recall = UUID.randomUUID();
        long recallStart = System.nanoTime();
        directives.publish(kafka, EventType.DIRECTIVE_RECALLED, id,
                new DirectiveRecalled(id, 1, "12/STTTT-TTBCXB", "Ban hành nhầm", Instant.now(), "stttt"), recall);
        await().atMost(Duration.ofSeconds(120)).until(() -> directives.processed(recall));
        long recallMs = Duration.ofNanos(System.nanoTime() - recallStart).toMillis();
        LOG.infof("RECALL FIGURE: %d deliveries recalled, each with its DeliveryRecalled, %d ms from publishing the record",
                units, recallMs);
        assertThat(directives.outboxEvents(EventType.DELIVERY_RECALLED, id)).isEqualTo(units);
    }

    @Test
    @Order(7)
    void metricsShowTheFanOutDurationAndDeliveriesByStatus() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = given().when().get("/q/metrics").then().statusCode(HttpStatus.SC_OK).extract().asString();
            assertThat(metrics).contains("distribution_fanout_duration_seconds_count");
            assertThat(metrics).containsPattern("distribution_deliveries\\{status=\"DELIVERED\"} [1-9]");
            assertThat(metrics).contains("distribution_deliveries{status=\"RECALLED\"}");
        });
    }

    private static ProducerRecord<String, String> onPartitionZero(ProducerRecord<String, String> record) {
        return new ProducerRecord<>(record.topic(), 0, record.key(), record.value(), record.headers());
    }

    private io.restassured.response.ValidatableResponse act(String user, UUID delivery, String action, Map<String, Object> body) {
        var request = given().auth().oauth2(keycloak.accessToken(user)).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post("/api/v1/deliveries/" + delivery + "/" + action).then();
    }
}
