package vn.gov.directive.common.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A row Kafka refused for a permanent reason, as an operator sees it: what it is, why it was
 * refused, its size, and how many rows of the same key wait behind it.
 */
public record ParkedRow(long id, UUID eventId, String topic, String key, String ceType, Instant createdAt,
        Instant parkedAt, String failure, long payloadChars, long waitingBehind) {
}
