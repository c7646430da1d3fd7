package vn.gov.directive.directive.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.gov.directive.directive.domain.Confidentiality;
import vn.gov.directive.directive.domain.DeliveryCounts;
import vn.gov.directive.directive.domain.Directive;
import vn.gov.directive.directive.domain.DirectiveContent;
import vn.gov.directive.directive.domain.DirectiveReads;
import vn.gov.directive.directive.domain.DirectiveStatus;
import vn.gov.directive.directive.domain.NamedRecipient;
import vn.gov.directive.directive.domain.ReminderPolicySpec;
import vn.gov.directive.directive.domain.Signer;
import vn.gov.directive.directive.domain.TaskSpec;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;

/**
 * A directive as GET answers it: the content, its number and state, how many units it went to
 * by role, and how its deliveries are doing. The expanded recipients are paged at /recipients.
 */
public record DirectiveView(UUID id, String issuer, String externalRef, String documentType, String symbol, String number,
        String subject, String place, String body, Signer signer, String drafter, Urgency urgency,
        Confidentiality confidentiality, List<String> references, List<String> archive, List<NamedRecipient> recipients,
        List<TaskSpec> tasks, Instant deadline, ReminderPolicySpec reminderPolicy, DirectiveStatus status, int version,
        int recipientCount, Map<Role, Integer> recipientsByRole, DeliveryCounts deliveries, String createdBy,
        Instant createdAt, String issuedBy, Instant issuedAt, String recalledBy, Instant recalledAt, String recallReason) {

    static DirectiveView of(DirectiveReads.DirectiveState state) {
        Directive d = state.directive();
        DirectiveContent c = d.content();
        return new DirectiveView(d.id, d.issuer, d.externalRef, d.documentType, d.symbol, d.numberText, d.subject, d.place,
                d.body, c.signer(), d.drafter, d.urgency, d.confidentiality, c.references(), c.archive(), c.recipients(),
                c.tasks(), d.deadline, c.reminderPolicy(), d.status, d.version, d.recipientCount, state.recipientsByRole(),
                state.deliveries(), d.createdBy, d.createdAt, d.issuedBy, d.issuedAt, d.recalledBy, d.recalledAt, d.recallReason);
    }
}
