package vn.gov.directive.notification.rest;

import java.time.Instant;
import java.util.UUID;

import vn.gov.directive.notification.domain.Notification;

/** A notification as the API shows it: what, to whom, when due, when sent, and how it went. */
public record NotificationView(UUID id, UUID deliveryId, UUID directiveId, String unit, String kind, String step,
        String status, Instant dueAt, int attempts, Instant nextAttemptAt, String recipient, Instant sentAt,
        String lastError) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.deliveryId, n.directiveId, n.unit, n.kind.name(), n.step, n.status.name(),
                n.dueAt, n.attempts, n.nextAttemptAt, n.recipient, n.sentAt, n.lastError);
    }
}
