package vn.gov.directive.reporting.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;

/**
 * Overdue is derived, never stored (DESIGN §4): an ACTION delivery whose work is still owed after
 * its deadline. It is computed at query time against a clock, so it changes without an event.
 */
public final class Overdue {

    /** States in which the report is still owed. */
    private static final Set<DeliveryStatus> WORK_OWED = EnumSet.of(DeliveryStatus.PENDING, DeliveryStatus.DELIVERED,
            DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.IN_PROGRESS, DeliveryStatus.REVISION_REQUESTED);

    private Overdue() {
    }

    public static boolean isOverdue(Role role, DeliveryStatus status, Instant deadline, Instant now) {
        return role == Role.ACTION && deadline != null && deadline.isBefore(now) && WORK_OWED.contains(status);
    }

    /** The states {@link #isOverdue} counts, for queries. */
    public static Set<DeliveryStatus> workOwed() {
        return Collections.unmodifiableSet(WORK_OWED);
    }
}
