package vn.gov.directive.reporting.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;

/** One delivery of the read model with its unit's name and kind from the directory copy. */
public record DeliveryFacts(UUID deliveryId, String unit, String unitName, String unitKind, Role role,
        DeliveryStatus status, Instant deadline, Instant deliveredAt, Instant acknowledgedAt, Instant reportedAt,
        Instant completedAt, Map<String, Object> reportFields, int notificationsSent) {

    public boolean overdueAt(Instant now) {
        return Overdue.isOverdue(role, status, deadline, now);
    }

    public boolean reported() {
        return status == DeliveryStatus.REPORTED || status == DeliveryStatus.COMPLETED;
    }
}
