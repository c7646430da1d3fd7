package vn.gov.directive.common.inbox;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import vn.gov.directive.events.CloudEventHeaders;
import vn.gov.directive.events.EventJson;
import vn.gov.directive.events.EventSchemas;
import vn.gov.directive.events.EventType;

/**
 * A CloudEvent read from Kafka in binary mode. Reading it checks it against the contract: a
 * record without an id, of an unknown type, or whose payload breaks its schema cannot be
 * processed however often it is retried, so it is refused at once (and dead-lettered).
 */
public record IncomingEvent(UUID id, EventType type, String subject, String key, String payload) {

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String ceType = header(record, CloudEventHeaders.TYPE);
        if (id == null || ceType == null) {
            throw new InvalidEventException("Not a CloudEvent: ce_id or ce_type header missing");
        }
        UUID eventId;
        try {
            eventId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("ce_id is not a UUID: " + id);
        }
        EventType type = EventType.fromCeType(ceType)
                .orElseThrow(() -> new InvalidEventException("Unknown event type " + ceType));
        if (record.value() == null) {
            throw new InvalidEventException(ceType + " without payload");
        }
        var violations = EventSchemas.violations(type, record.value());
        if (!violations.isEmpty()) {
            throw new InvalidEventException(ceType + " breaks its schema: " + String.join("; ", violations));
        }
        return new IncomingEvent(eventId, type, header(record, CloudEventHeaders.SUBJECT), record.key(), record.value());
    }

    public <T> T payload(Class<T> type) {
        return EventJson.read(payload, type);
    }

    public boolean is(EventType candidate) {
        return type == candidate;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
