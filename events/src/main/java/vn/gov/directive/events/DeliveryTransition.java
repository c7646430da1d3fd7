package vn.gov.directive.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A delivery moved from one state to another: acknowledged, returned, reported, accepted, sent
 * back for revision, or given a new deadline. Who, when and from which directive version are
 * always kept; {@code reason}, {@code summary}, {@code fields} and {@code deadline} only where the
 * transition has them.
 */
public record DeliveryTransition(UUID deliveryId, UUID directiveId, int version, String unit,
        DeliveryStatus from, DeliveryStatus to, String actor, Instant at, String reason,
        String summary, Map<String, Object> fields, Instant deadline) {
}
