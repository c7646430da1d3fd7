package vn.gov.directive.distribution.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.gov.directive.distribution.domain.Delivery;
import vn.gov.directive.distribution.domain.DirectiveCopy;
import vn.gov.directive.distribution.domain.HistoryEntry;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.DirectiveDocument;
import vn.gov.directive.events.ReportField;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;

/**
 * A delivery as the API shows it: the delivery, what the unit needs of its directive, the
 * derived overdue flag; on a single read also the report fields to fill, the letter and the history,
 * and in the answer to an action the history.
 * {@code version} is the directive's current version; {@code needsAcknowledgment} is true while
 * the unit has not acknowledged it (after an amendment, again).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(UUID id, UUID directiveId, String unit, Role role, DeliveryStatus status, String edxmlStatus,
        Instant deadline, boolean overdue, int version, Integer acknowledgedVersion, boolean needsAcknowledgment,
        String issuer, String issuerName, String number, String subject, Urgency urgency, Instant issuedAt,
        Instant acknowledgedAt, Instant reportedAt, Report report, Instant createdAt, Instant updatedAt,
        List<ReportField> reportFields, DirectiveDocument document, List<Transition> history) {

    public record Report(String summary, Map<String, Object> fields) {
    }

    public record Transition(String action, DeliveryStatus from, DeliveryStatus to, String actor, Instant at,
            int directiveVersion, String reason, Instant deadline) {
    }

    public static DeliveryView summary(Delivery delivery, Instant now) {
        return of(delivery, now, null, null, null);
    }

    public static DeliveryView detail(Delivery delivery, Instant now) {
        DirectiveCopy directive = delivery.directive;
        return of(delivery, now, directive.reportFieldsOf(delivery.unit), directive.document(), history(delivery));
    }

    /**
     * The answer to an action: the delivery as the action left it, with its history; the letter
     * and the report fields (unchanged by any action, and the costly part to read) come with GET.
     */
    public static DeliveryView afterAction(Delivery delivery, Instant now) {
        return of(delivery, now, null, null, history(delivery));
    }

    private static List<Transition> history(Delivery delivery) {
        return HistoryEntry.historyOf(delivery.id).stream()
                .map(e -> new Transition(e.action.name(), e.from, e.to, e.actor, e.at, e.directiveVersion, e.reason, e.deadline))
                .toList();
    }

    private static DeliveryView of(Delivery delivery, Instant now, List<ReportField> reportFields, DirectiveDocument document,
            List<Transition> history) {
        DirectiveCopy directive = delivery.directive;
        Report report = delivery.reportSummary == null ? null : new Report(delivery.reportSummary, delivery.reportFields());
        return new DeliveryView(delivery.id, delivery.directiveId, delivery.unit, delivery.role, delivery.status,
                delivery.status.edxmlCode(), delivery.deadline, delivery.isOverdue(now), directive.version,
                delivery.acknowledgedVersion, delivery.needsAcknowledgment(), directive.issuer, directive.issuerName,
                directive.number, directive.subject, directive.urgency, directive.issuedAt, delivery.acknowledgedAt,
                delivery.reportedAt, report, delivery.createdAt, delivery.updatedAt, reportFields, document, history);
    }
}
