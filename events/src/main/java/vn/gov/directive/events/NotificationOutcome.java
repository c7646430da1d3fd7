package vn.gov.directive.events;

import java.time.Instant;
import java.util.UUID;

/** A mail was sent, or failed for good after its retries; {@code kind} is NOTICE, AMENDMENT, RECALL or REMINDER. */
public record NotificationOutcome(UUID notificationId, UUID deliveryId, UUID directiveId, String unit,
        String kind, String recipient, int attempts, Instant at, String error) {
}
