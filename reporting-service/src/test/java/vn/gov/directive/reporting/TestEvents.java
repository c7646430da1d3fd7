package vn.gov.directive.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.DeliveryTransition;
import vn.gov.directive.events.DirectiveAmended;
import vn.gov.directive.events.DirectiveIssued;
import vn.gov.directive.events.DirectiveRecalled;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.NotificationOutcome;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Topics;
import vn.gov.directive.events.UnitUpserted;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.testsupport.CloudEventRecords;

/** Real CloudEvents records on this service's test topics, built from the contract's records. */
final class TestEvents {

    static final String PREFIX = org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue("platform.topics.prefix", String.class).orElse("test-reporting.");

    final List<ProducerRecord<String, String>> records = new ArrayList<>();

    static String freshCode(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    ProducerRecord<String, String> unit(String code, String name, String kind) {
        return add(Topics.DIRECTORY_EVENTS, EventType.UNIT_UPSERTED, code,
                new UnitUpserted(code, name, kind, code.toLowerCase() + "@test.example", List.of(), null, null, null));
    }

    ProducerRecord<String, String> issued(UUID directiveId, String issuer, String number, String subject, Instant issuedAt,
            Instant deadline, List<Recipient> recipients) {
        return add(Topics.DIRECTIVE_EVENTS, EventType.DIRECTIVE_ISSUED, directiveId.toString(),
                new DirectiveIssued(directiveId, 1, issuer, "Đơn vị " + issuer, number, "CONG_VAN", subject, Urgency.NORMAL,
                        issuedAt, deadline, null, null, null, recipients));
    }

    ProducerRecord<String, String> created(UUID deliveryId, UUID directiveId, String unit, Role role, Instant deadline,
            String number, String subject, Instant at) {
        return add(Topics.DELIVERY_EVENTS, EventType.DELIVERY_CREATED, deliveryId.toString(),
                new DeliveryCreated(deliveryId, directiveId, 1, unit, role, DeliveryStatus.DELIVERED, deadline, number, subject,
                        Urgency.NORMAL, at, DeliveryCreated.FIRST_SEQUENCE));
    }

    ProducerRecord<String, String> transition(EventType type, UUID deliveryId, UUID directiveId, String unit,
            DeliveryStatus from, DeliveryStatus to, Instant at, Map<String, Object> fields, Instant deadline, long sequence) {
        boolean report = type == EventType.REPORT_SUBMITTED;
        boolean reason = type == EventType.DELIVERY_RETURNED || type == EventType.REPORT_REVISION_REQUESTED
                || type == EventType.DEADLINE_EXTENDED;
        return add(Topics.DELIVERY_EVENTS, type, deliveryId.toString(), new DeliveryTransition(deliveryId, directiveId, 1,
                unit, from, to, "tester", at, reason ? "Lý do thử nghiệm" : null, report ? "Báo cáo kết quả" : null,
                report ? fields : null, deadline, sequence));
    }

    ProducerRecord<String, String> amended(UUID directiveId, int version, String number, String subject, Instant deadline,
            Instant at) {
        return add(Topics.DIRECTIVE_EVENTS, EventType.DIRECTIVE_AMENDED, directiveId.toString(), new DirectiveAmended(directiveId,
                version, number, subject, deadline, "Lùi thời hạn báo cáo", at, "stttt", null, null));
    }

    ProducerRecord<String, String> recalled(UUID directiveId, int version, String number, Instant at) {
        return add(Topics.DIRECTIVE_EVENTS, EventType.DIRECTIVE_RECALLED, directiveId.toString(),
                new DirectiveRecalled(directiveId, version, number, "Ban hành nhầm", at, "stttt"));
    }

    /** What an amendment or a recall did to one delivery, as distribution-service publishes it. */
    ProducerRecord<String, String> directiveChange(EventType type, UUID deliveryId, UUID directiveId, int version, String unit,
            DeliveryStatus from, DeliveryStatus to, Instant at, Instant deadline, long sequence) {
        return add(Topics.DELIVERY_EVENTS, type, deliveryId.toString(), new DeliveryTransition(deliveryId, directiveId, version,
                unit, from, to, "stttt", at, null, null, null, deadline, sequence));
    }

    ProducerRecord<String, String> notificationSent(UUID deliveryId, UUID directiveId, String unit, Instant at) {
        return add(Topics.NOTIFICATION_EVENTS, EventType.NOTIFICATION_SENT, deliveryId.toString(),
                new NotificationOutcome(UUID.randomUUID(), deliveryId, directiveId, unit, "REMINDER",
                        unit.toLowerCase() + "@test.example", 1, at, null));
    }

    private ProducerRecord<String, String> add(String topic, EventType type, String key, Object payload) {
        ProducerRecord<String, String> record = CloudEventRecords.record(PREFIX + topic, type, key, payload, UUID.randomUUID());
        records.add(record);
        return record;
    }

    /** Adds the same record again: a redelivery, same event id. */
    void again(ProducerRecord<String, String> record) {
        records.add(record);
    }

    void publish(KafkaCompanion kafka) {
        kafka.produce(String.class, String.class).fromRecords(records).awaitCompletion(Duration.ofSeconds(30));
        records.clear();
    }
}
