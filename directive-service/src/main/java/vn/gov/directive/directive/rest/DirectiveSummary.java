package vn.gov.directive.directive.rest;

import java.time.Instant;
import java.util.UUID;

import vn.gov.directive.directive.domain.Directive;
import vn.gov.directive.directive.domain.DirectiveStatus;
import vn.gov.directive.events.Urgency;

/** A directive as a list shows it: no body, no tasks. */
public record DirectiveSummary(UUID id, String issuer, String documentType, String number, String subject, Urgency urgency,
        DirectiveStatus status, int version, int recipientCount, Instant deadline, Instant createdAt, Instant issuedAt) {

    static DirectiveSummary of(Directive d) {
        return new DirectiveSummary(d.id, d.issuer, d.documentType, d.numberText, d.subject, d.urgency, d.status, d.version,
                d.recipientCount, d.deadline, d.createdAt, d.issuedAt);
    }
}
