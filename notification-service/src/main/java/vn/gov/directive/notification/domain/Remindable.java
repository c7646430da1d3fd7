package vn.gov.directive.notification.domain;

import java.util.EnumSet;
import java.util.Set;

import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;

/**
 * Which deliveries still get reminders: ACTION ones the unit has not yet reported, returned, or
 * seen recalled; COORDINATE ones until the unit acknowledges (a phối hợp unit has nothing to
 * report: its work is the acknowledgment, asked again after an amendment). FOR_REPORT and
 * FOR_INFO units get none.
 */
public final class Remindable {

    /** A COORDINATE delivery in these states has not acknowledged the directive's current version yet. */
    private static final Set<DeliveryStatus> NOT_ACKNOWLEDGED = EnumSet.of(DeliveryStatus.PENDING, DeliveryStatus.DELIVERED);

    private static final Set<DeliveryStatus> DONE = EnumSet.of(DeliveryStatus.REPORTED, DeliveryStatus.COMPLETED,
            DeliveryStatus.RETURNED, DeliveryStatus.RECALLED);
    /** Closed for good: no amendment or recall notice either. */
    private static final Set<DeliveryStatus> CLOSED = EnumSet.of(DeliveryStatus.COMPLETED, DeliveryStatus.RETURNED,
            DeliveryStatus.RECALLED);

    private Remindable() {
    }

    public static boolean remindable(Role role, DeliveryStatus status) {
        return switch (role) {
            case ACTION -> !DONE.contains(status);
            case COORDINATE -> NOT_ACKNOWLEDGED.contains(status);
            case FOR_REPORT, FOR_INFO -> false;
        };
    }

    /** Still open: the unit is told of an amendment or a recall. */
    public static boolean open(DeliveryStatus status) {
        return !CLOSED.contains(status);
    }
}
