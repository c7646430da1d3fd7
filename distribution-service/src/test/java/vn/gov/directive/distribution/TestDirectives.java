package vn.gov.directive.distribution;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.events.DirectiveDocument;
import vn.gov.directive.events.DirectiveIssued;
import vn.gov.directive.events.EventJson;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.ReminderPolicy;
import vn.gov.directive.events.ReportField;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.TaskSummary;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.testsupport.CloudEventRecords;

/**
 * Directive events as directive-service publishes them, sent to this test run's
 * directive-events topic, and what the tests read back: the deliveries in the database and the
 * events on delivery-events (read from the end offsets taken before, so old runs' records stay out).
 */
@ApplicationScoped
public class TestDirectives {

    public static final String DIRECTIVE_EVENTS = org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue("platform.topics.prefix", String.class).orElse("test-distribution.") + "directive-events";
    public static final String DELIVERY_EVENTS = org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue("platform.topics.prefix", String.class).orElse("test-distribution.") + "delivery-events";
    public static final String ISSUER = "STTTT";

    @Inject
    EntityManager entityManager;

    /** The seed directive (deploy/seed) as directive-service expands it: 38 recipients, the issuer left out. */
    public DirectiveIssued seedDirective(UUID id, Instant deadline) {
        JsonNode units = read("../deploy/seed/units-quang-ninh-2024.json");
        JsonNode directive = read("../deploy/seed/directive-STTTT-2024-04.json");
        Map<String, Role> recipients = new LinkedHashMap<>();
        for (JsonNode recipient : directive.get("recipients")) {
            Role role = Role.valueOf(recipient.get("role").asText());
            for (String unit : expand(recipient, units)) {
                recipients.merge(unit, role, (a, b) -> b.isStrongerThan(a) ? b : a);
            }
        }
        List<TaskSummary> tasks = new ArrayList<>();
        for (JsonNode task : directive.get("tasks")) {
            List<String> assignees = new ArrayList<>();
            task.get("assignees").forEach(a -> assignees.addAll(expand(a, units)));
            List<ReportField> fields = new ArrayList<>();
            if (task.has("reportFields")) {
                task.get("reportFields").forEach(f -> fields.add(new ReportField(f.get("key").asText(), f.get("label").asText(),
                        f.get("type").asText(), f.path("required").asBoolean(false))));
            }
            tasks.add(new TaskSummary(null, task.get("title").asText(), assignees, null, fields));
        }
        return issued(id, recipients.entrySet().stream().map(e -> new Recipient(e.getKey(), e.getValue())).toList(),
                deadline, tasks, directive.get("subject").asText());
    }

    /** The seed directive with its letter as written: place, body, signer, references and archive line from the seed file. */
    public DirectiveIssued seedDirectiveAsWritten(UUID id, Instant deadline) {
        DirectiveIssued seed = seedDirective(id, deadline);
        JsonNode directive = read("../deploy/seed/directive-STTTT-2024-04.json");
        List<String> references = new ArrayList<>();
        directive.path("references").forEach(r -> references.add(r.asText()));
        List<String> archive = new ArrayList<>();
        directive.path("archive").forEach(a -> archive.add(a.asText()));
        DirectiveDocument document = new DirectiveDocument(directive.get("place").asText(), directive.get("body").asText().strip(),
                directive.at("/signer/name").asText(), directive.at("/signer/title").asText(), null, directive.get("drafter").asText(),
                references, archive);
        return new DirectiveIssued(seed.directiveId(), seed.version(), seed.issuer(), seed.issuerName(), seed.number(),
                seed.documentType(), seed.subject(), seed.urgency(), seed.issuedAt(), seed.deadline(), seed.reminderPolicy(), document,
                seed.tasks(), seed.recipients());
    }

    public DirectiveIssued issued(UUID id, List<Recipient> recipients, Instant deadline, List<TaskSummary> tasks, String subject) {
        return new DirectiveIssued(id, 1, ISSUER, "Sở Thông tin và Truyền thông", (1 + Math.abs(id.hashCode() % 9000)) + "/STTTT-TTBCXB",
                "CONG_VAN", subject, Urgency.NORMAL, Instant.now(), deadline,
                new ReminderPolicy(List.of(Duration.ofDays(3)), Duration.ofDays(2), 3, true),
                new DirectiveDocument("Quảng Ninh", "Kính gửi: ...", "Nguyễn Thanh Trà", "Giám đốc", null, "TTBCXB",
                        List.of(), List.of("VT", "TTBCXB")),
                tasks, recipients);
    }

    public void publish(KafkaCompanion kafka, EventType type, UUID directiveId, Object payload, UUID eventId) {
        publish(kafka, CloudEventRecords.record(DIRECTIVE_EVENTS, type, directiveId.toString(), payload, eventId));
    }

    public void publish(KafkaCompanion kafka, ProducerRecord<String, String> record) {
        kafka.produceStrings().fromRecords(record).awaitCompletion(Duration.ofSeconds(30));
    }

    /** The directive's deliveries, unit to id, once there are {@code count} of them. */
    public Map<String, UUID> awaitDeliveries(UUID directiveId, int count, Duration atMost) {
        await().atMost(atMost).until(() -> deliveryCount(directiveId) == count);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = entityManager.createNativeQuery("select unit, id from delivery where directive_id = ?1", Object[].class)
                    .setParameter(1, directiveId).getResultList();
            return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (UUID) r[1]));
        });
    }

    public long deliveryCount(UUID directiveId) {
        return count("select count(*) from delivery where directive_id = ?1", directiveId);
    }

    public boolean processed(UUID eventId) {
        return count("select count(*) from processed_event where event_id = ?1", eventId) == 1;
    }

    /** Outbox rows of one type whose payload names the given id (a directive's or a delivery's). */
    public long outboxEvents(EventType type, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where ce_type = ?1 and payload like ?2")
                .setParameter(1, type.ceType()).setParameter(2, "%" + id + "%").getSingleResult()).longValue());
    }

    /** The payloads of a delivery's outbox rows of one type (its key is the delivery id), in the order they were written. */
    @SuppressWarnings("unchecked")
    public List<JsonNode> outboxPayloads(EventType type, UUID deliveryId) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<String>) entityManager
                .createNativeQuery("select payload from outbox_event where ce_type = ?1 and message_key = ?2 order by id")
                .setParameter(1, type.ceType()).setParameter(2, deliveryId.toString()).getResultList())
                .stream().map(EventJson::tree).toList());
    }

    public String status(UUID deliveryId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select status from delivery where id = ?1").setParameter(1, deliveryId).getSingleResult());
    }

    /** Starts reading delivery-events from its current end. */
    public ConsumerTask<String, String> deliveryEventsFromNow(KafkaCompanion kafka) {
        return fromNow(kafka, DELIVERY_EVENTS);
    }

    /** Starts reading a topic from its current end (creating it if nothing wrote to it yet). */
    public ConsumerTask<String, String> fromNow(KafkaCompanion kafka, String topic) {
        if (!kafka.topics().list().contains(topic)) {
            try {
                kafka.topics().createAndWait(topic, 6);
            } catch (RuntimeException alreadyCreatedByItsProducer) {
                kafka.topics().waitForTopic(topic).await().atMost(Duration.ofSeconds(10));
            }
        }
        Map<TopicPartition, OffsetSpec> latest = kafka.topics().describe(topic).get(topic).partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = kafka.offsets().list(latest).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        return kafka.consumeStrings().fromOffsets(ends);
    }

    public static List<ConsumerRecord<String, String>> about(ConsumerTask<String, String> task, UUID id) {
        return task.getRecords().stream().filter(r -> r.value() != null && r.value().contains(id.toString())).toList();
    }

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, id).getSingleResult()).longValue());
    }

    private static List<String> expand(JsonNode reference, JsonNode units) {
        if (reference.has("unit")) {
            return List.of(reference.get("unit").asText());
        }
        String group = reference.get("group").asText();
        List<String> members = new ArrayList<>();
        for (JsonNode unit : units.get("units")) {
            Set<String> groups = new java.util.HashSet<>();
            unit.path("groups").forEach(g -> groups.add(g.asText()));
            if (groups.contains(group) && !ISSUER.equals(unit.get("code").asText())) {
                members.add(unit.get("code").asText());
            }
        }
        return members;
    }

    private static JsonNode read(String file) {
        try {
            return EventJson.tree(Files.readString(Path.of(file)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
