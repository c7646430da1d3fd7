package vn.gov.directive.reporting.domain;

import java.util.UUID;

import vn.gov.directive.common.inbox.IncomingEvent;
import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DeliveryTransition;
import vn.gov.directive.events.DirectiveAmended;
import vn.gov.directive.events.DirectiveIssued;
import vn.gov.directive.events.DirectiveRecalled;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.NotificationOutcome;

/** An event for the compliance read model, its payload read once, with the rows it names (unit null for a directive's own event). */
record ComplianceChange(EventType type, Object payload, UUID directiveId, String unit) {

    static ComplianceChange of(IncomingEvent event) {
        return switch (event.type()) {
            case DIRECTIVE_ISSUED -> directive(event, event.payload(DirectiveIssued.class).directiveId(), DirectiveIssued.class);
            case DIRECTIVE_AMENDED -> directive(event, event.payload(DirectiveAmended.class).directiveId(), DirectiveAmended.class);
            case DIRECTIVE_RECALLED -> directive(event, event.payload(DirectiveRecalled.class).directiveId(), DirectiveRecalled.class);
            case DELIVERY_CREATED -> {
                DeliveryCreated created = event.payload(DeliveryCreated.class);
                yield new ComplianceChange(event.type(), created, created.directiveId(), created.unit());
            }
            case NOTIFICATION_SENT, NOTIFICATION_FAILED -> {
                NotificationOutcome outcome = event.payload(NotificationOutcome.class);
                yield new ComplianceChange(event.type(), outcome, outcome.directiveId(), outcome.unit());
            }
            case DELIVERY_ACKNOWLEDGED, DELIVERY_RETURNED, REPORT_SUBMITTED, REPORT_ACCEPTED,
                    REPORT_REVISION_REQUESTED, DEADLINE_EXTENDED, DELIVERY_AMENDED, DELIVERY_RECALLED -> {
                DeliveryTransition transition = event.payload(DeliveryTransition.class);
                yield new ComplianceChange(event.type(), transition, transition.directiveId(), transition.unit());
            }
            default -> throw new IllegalArgumentException(event.type() + " is not an event of the compliance read model");
        };
    }

    private static ComplianceChange directive(IncomingEvent event, UUID directiveId, Class<?> type) {
        return new ComplianceChange(event.type(), event.payload(type), directiveId, null);
    }
}
