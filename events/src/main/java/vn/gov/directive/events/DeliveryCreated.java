package vn.gov.directive.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery of a directive to one unit. {@code sequence} is the delivery's own event counter
 * (1 for its creation, one more for each later event of the delivery, see {@link DeliveryTransition}).
 */
public record DeliveryCreated(UUID deliveryId, UUID directiveId, int version, String unit, Role role,
        DeliveryStatus status, Instant deadline, String number, String subject, Urgency urgency,
        Instant createdAt, long sequence) {

    /** The sequence number of every delivery's first event. */
    public static final long FIRST_SEQUENCE = 1;
}
