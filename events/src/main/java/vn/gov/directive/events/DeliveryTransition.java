package vn.gov.directive.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A delivery moved from one state to another: acknowledged, returned, reported, accepted, sent
 * back for revision, or given a new deadline. Who, when and from which directive version are
 * always kept; {@code reason}, {@code summary}, {@code fields} and {@code deadline} only where the
 * transition has them. An amendment or a recall of the directive publishes one per delivery it
 * changes too (DeliveryAmended, DeliveryRecalled).
 * <p>
 * {@code sequence} orders the events of one delivery: distribution-service counts them per
 * delivery (DeliveryCreated is 1) in the same transaction as the state change, so a consumer that
 * keeps the last sequence it applied can tell a late or replayed event from a new one, whatever
 * the order of arrival ({@link #isNewerThan}).
 */
public record DeliveryTransition(UUID deliveryId, UUID directiveId, int version, String unit,
        DeliveryStatus from, DeliveryStatus to, String actor, Instant at, String reason,
        String summary, Map<String, Object> fields, Instant deadline, long sequence) {

    /** Whether this event comes after the one whose sequence a consumer holds (0: none yet). */
    public boolean isNewerThan(long heldSequence) {
        return sequence > heldSequence;
    }
}
