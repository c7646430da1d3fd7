package vn.gov.directive.reporting.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import vn.gov.directive.events.DeliveryStatus;

/**
 * Decides whether a delivery state learnt from an event replaces the one the read model holds,
 * whatever order the events arrive in (other topics, a replayed dead letter, a redelivery).
 *
 * <p>The event time decides, not a rank of states: the state machine has cycles (a report sent
 * back for revision is reported again; an amendment sends an acknowledged delivery back to
 * DELIVERED to be acknowledged again), so no rank can tell which of two states is later. The time
 * is the one the producer recorded in the payload ({@code at}, {@code createdAt},
 * {@code amendedAt}, {@code recalledAt}), taken while it held the delivery, so it grows with each
 * step of one delivery. Two rules sit on top:
 * <ul>
 * <li>a closed delivery (COMPLETED, RETURNED, RECALLED) never reopens; of two closing events the
 * earlier one closed it (a recall after completion leaves it COMPLETED);</li>
 * <li>steps with the same instant (a report on an unacknowledged delivery is acknowledged and
 * reported at once) are ordered by how far along the state is.</li>
 * </ul>
 */
public final class StatusOrder {

    private static final Set<DeliveryStatus> CLOSED = EnumSet.of(DeliveryStatus.COMPLETED, DeliveryStatus.RETURNED,
            DeliveryStatus.RECALLED);

    private StatusOrder() {
    }

    /**
     * @param current   the state held, with the time of the event that set it (null: no event has set it yet)
     * @param next      the state an event reports, at {@code nextAt}
     * @return whether {@code next} becomes the state
     */
    public static boolean supersedes(DeliveryStatus current, Instant currentAt, DeliveryStatus next, Instant nextAt) {
        if (current == null || currentAt == null) {
            return true;
        }
        boolean currentClosed = isClosed(current);
        boolean nextClosed = isClosed(next);
        if (currentClosed) {
            return nextClosed && nextAt.isBefore(currentAt);
        }
        if (nextClosed) {
            return true;
        }
        int byTime = nextAt.compareTo(currentAt);
        return byTime > 0 || byTime == 0 && progress(next) > progress(current);
    }

    public static boolean isClosed(DeliveryStatus status) {
        return CLOSED.contains(status);
    }

    private static int progress(DeliveryStatus status) {
        return switch (status) {
            case PENDING -> 0;
            case DELIVERED -> 1;
            case ACKNOWLEDGED -> 2;
            case IN_PROGRESS -> 3;
            case REVISION_REQUESTED -> 4;
            case REPORTED -> 5;
            case COMPLETED, RETURNED, RECALLED -> 6;
        };
    }
}
