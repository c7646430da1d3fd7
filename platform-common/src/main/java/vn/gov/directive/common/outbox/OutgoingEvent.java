package vn.gov.directive.common.outbox;

import java.time.Instant;
import java.util.UUID;

import vn.gov.directive.events.EventJson;
import vn.gov.directive.events.EventType;

/**
 * An event to publish: its type (hence topic and CloudEvents type), the Kafka key that keeps
 * its stream in order, the CloudEvents subject, and the payload record.
 */
public record OutgoingEvent(UUID id, EventType type, String key, String subject, Instant time, Object payload) {

    public static OutgoingEvent of(EventType type, String key, Object payload) {
        return new OutgoingEvent(UUID.randomUUID(), type, key, key, Instant.now(), payload);
    }

    public OutgoingEvent {
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(type.ceType() + " carries " + type.payloadType().getSimpleName()
                    + ", not " + payload.getClass().getSimpleName());
        }
    }

    /** The payload as the outbox stores and the relay sends it. */
    public String json() {
        return EventJson.write(payload);
    }
}
