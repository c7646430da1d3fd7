package vn.gov.directive.events;

import java.time.Instant;
import java.util.UUID;

/** A directive was recalled: open deliveries close and reminders stop. */
public record DirectiveRecalled(UUID directiveId, int version, String number, String reason,
        Instant recalledAt, String recalledBy) {
}
