package vn.gov.directive.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A directive was issued: it carries the expanded recipient list (a snapshot, never rewritten by a
 * later change of the directory) and what distribution, notification and the portal need to act
 * on it. A task's assignees are unit codes after expansion.
 */
public record DirectiveIssued(UUID directiveId, int version, String issuer, String issuerName,
        String number, String documentType, String subject, Urgency urgency, Instant issuedAt,
        Instant deadline, ReminderPolicy reminderPolicy, DirectiveDocument document, List<TaskSummary> tasks,
        List<Recipient> recipients) {
}
