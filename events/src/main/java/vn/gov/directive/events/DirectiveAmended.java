package vn.gov.directive.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A directive has a new version (its recipients stay); every recipient must acknowledge it again.
 * It carries the new text, tasks and deadline so consumers need not ask for them.
 */
public record DirectiveAmended(UUID directiveId, int version, String number, String subject,
        Instant deadline, String changeSummary, Instant amendedAt, String amendedBy,
        DirectiveDocument document, List<TaskSummary> tasks) {
}
