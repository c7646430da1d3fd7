package vn.gov.directive.common.outbox;

import java.time.Instant;
import java.util.UUID;

/** An outbox row as the relay reads it. */
public record OutboxRow(long id, UUID eventId, String topic, String key, String ceType, String ceSubject,
        Instant ceTime, String payload) {
}
