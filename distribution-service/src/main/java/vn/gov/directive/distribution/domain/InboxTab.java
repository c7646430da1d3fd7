package vn.gov.directive.distribution.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;

/**
 * The tabs of a unit's inbox, each a condition on its deliveries (HQL on {@code Delivery d}).
 * New: not yet acknowledged (after an amendment, again). Due soon and overdue: an ACTION unit
 * still owes the work (DESIGN §4), with the deadline in the next {@link #DUE_SOON} or past. Done:
 * nothing more is asked of the unit.
 */
public enum InboxTab {
    ALL("1 = 1"),
    NEW("d.status = :delivered"),
    DUE_SOON("d.role = :action and d.status in :owed and d.deadline >= :now and d.deadline < :soon"),
    OVERDUE("d.role = :action and d.status in :owed and d.deadline < :now"),
    DONE("(d.status in :closed or (d.role <> :action and d.status = :acknowledged))");

    /** How close a deadline is before the inbox calls it due soon. */
    public static final Duration DUE_SOON_WITHIN = Duration.ofDays(3);

    private static final Set<DeliveryStatus> CLOSED = Set.of(DeliveryStatus.REPORTED, DeliveryStatus.COMPLETED,
            DeliveryStatus.RETURNED, DeliveryStatus.RECALLED);

    private final String condition;

    InboxTab(String condition) {
        this.condition = condition;
    }

    public String condition() {
        return condition;
    }

    /** The parameters this tab's condition names. */
    public Map<String, Object> parameters(Instant now) {
        return switch (this) {
            case ALL -> Map.of();
            case NEW -> Map.of("delivered", DeliveryStatus.DELIVERED);
            case DUE_SOON -> Map.of("action", Role.ACTION, "owed", DeliveryLifecycle.workOwed(), "now", now, "soon",
                    now.plus(DUE_SOON_WITHIN));
            case OVERDUE -> Map.of("action", Role.ACTION, "owed", DeliveryLifecycle.workOwed(), "now", now);
            case DONE -> Map.of("closed", CLOSED, "action", Role.ACTION, "acknowledged", DeliveryStatus.ACKNOWLEDGED);
        };
    }

    /** Whether the deadline of a delivery the unit still works on is close (for the badge on its line). */
    public static boolean isDueSoon(Delivery delivery, Instant now) {
        return delivery.role == Role.ACTION && delivery.deadline != null && DeliveryLifecycle.workOwed().contains(delivery.status)
                && !delivery.deadline.isBefore(now) && delivery.deadline.isBefore(now.plus(DUE_SOON_WITHIN));
    }
}
