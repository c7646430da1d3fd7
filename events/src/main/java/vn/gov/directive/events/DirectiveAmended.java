package vn.gov.directive.events;

import java.time.Instant;
import java.util.UUID;

/** A directive has a new version; every recipient must acknowledge it again. */
public record DirectiveAmended(UUID directiveId, int version, String number, String subject,
        Instant deadline, String changeSummary, Instant amendedAt, String amendedBy) {
}
