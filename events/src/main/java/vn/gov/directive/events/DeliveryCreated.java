package vn.gov.directive.events;

import java.time.Instant;
import java.util.UUID;

/** One delivery of a directive to one unit. */
public record DeliveryCreated(UUID deliveryId, UUID directiveId, int version, String unit, Role role,
        DeliveryStatus status, Instant deadline, String number, String subject, Urgency urgency,
        Instant createdAt) {
}
