package vn.gov.directive.notification.domain;

import java.util.EnumSet;
import java.util.Set;

import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;

/** Which deliveries still get reminders: ACTION and COORDINATE ones the unit has not yet reported, returned, or seen recalled. */
public final class Remindable {

    private static final Set<DeliveryStatus> DONE = EnumSet.of(DeliveryStatus.REPORTED, DeliveryStatus.COMPLETED,
            DeliveryStatus.RETURNED, DeliveryStatus.RECALLED);
    /** Closed for good: no amendment or recall notice either. */
    private static final Set<DeliveryStatus> CLOSED = EnumSet.of(DeliveryStatus.COMPLETED, DeliveryStatus.RETURNED,
            DeliveryStatus.RECALLED);

    private Remindable() {
    }

    public static boolean remindable(Role role, DeliveryStatus status) {
        return role.mustAcknowledge() && !DONE.contains(status);
    }

    /** Still open: the unit is told of an amendment or a recall. */
    public static boolean open(DeliveryStatus status) {
        return !CLOSED.contains(status);
    }
}
