package vn.gov.directive.reporting.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.directive.common.inbox.IncomingEvent;
import vn.gov.directive.common.inbox.ProcessedEvents;
import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.DeliveryTransition;
import vn.gov.directive.events.DirectiveAmended;
import vn.gov.directive.events.DirectiveIssued;
import vn.gov.directive.events.DirectiveRecalled;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.NotificationOutcome;

/**
 * Applies directive, delivery and notification events to the compliance read model. Idempotent:
 * an event already in {@link ProcessedEvents} changes nothing. Order-aware: rows are created by
 * whichever event names them first; a delivery's state follows its newest event by sequence, the
 * stamps by event time (see {@link TrackedDelivery}). What an amendment or a recall did to each
 * delivery comes as that delivery's own event (DeliveryAmended, DeliveryRecalled); the
 * directive's events change only the directive's row. Finding, creating and locking the rows is
 * {@link ComplianceRows}'s.
 */
@ApplicationScoped
public class ComplianceProjection {

    @Inject
    ComplianceRows rows;

    @Inject
    ProcessedEvents processedEvents;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        if (processedEvents.markProcessed(event)) {
            apply(ComplianceChange.of(event));
        }
    }

    /** A poll's events in one transaction, their rows locked and loaded up front ({@link ComplianceRows#lockAndLoad}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAll(List<IncomingEvent> events) {
        Set<UUID> fresh = processedEvents.markAllProcessed(events);
        List<ComplianceChange> changes = events.stream().filter(e -> fresh.remove(e.id())).map(ComplianceChange::of).toList();
        rows.lockAndLoad(changes);
        changes.forEach(this::apply);
    }

    private void apply(ComplianceChange change) {
        Object payload = change.payload();
        switch (change.type()) {
            case DIRECTIVE_ISSUED -> issued((DirectiveIssued) payload);
            case DIRECTIVE_AMENDED -> amended((DirectiveAmended) payload);
            case DIRECTIVE_RECALLED -> recalled((DirectiveRecalled) payload);
            case DELIVERY_CREATED -> created((DeliveryCreated) payload);
            case NOTIFICATION_SENT, NOTIFICATION_FAILED -> notified((NotificationOutcome) payload,
                    change.type() == EventType.NOTIFICATION_SENT);
            default -> transition(change.type(), (DeliveryTransition) payload);
        }
    }

    private void issued(DirectiveIssued issued) {
        TrackedDirective directive = rows.directive(issued.directiveId());
        directive.issuer = issued.issuer();
        directive.issuerName = issued.issuerName();
        directive.documentType = issued.documentType();
        directive.urgency = issued.urgency().name();
        directive.issuedAt = issued.issuedAt();
        if (directive.version < issued.version()) {
            directive.version = issued.version();
            directive.number = issued.number();
            directive.subject = issued.subject();
            directive.deadline = issued.deadline();
        }
        rows.addRecipients(issued.directiveId(), issued.recipients(), issued.deadline());
    }

    private void amended(DirectiveAmended amended) {
        TrackedDirective directive = rows.directive(amended.directiveId());
        if (directive.version < amended.version()) {
            directive.version = amended.version();
            directive.number = amended.number();
            directive.subject = amended.subject();
            directive.deadline = amended.deadline();
        }
        if (directive.amendedAt == null || amended.amendedAt().isAfter(directive.amendedAt)) {
            directive.amendedAt = amended.amendedAt();
        }
    }

    private void recalled(DirectiveRecalled recalled) {
        TrackedDirective directive = rows.directive(recalled.directiveId());
        if (directive.recalledAt == null || recalled.recalledAt().isBefore(directive.recalledAt)) {
            directive.recalledAt = recalled.recalledAt();
        }
    }

    private void created(DeliveryCreated created) {
        TrackedDirective directive = rows.directive(created.directiveId());
        directive.learn(created.number(), created.subject());
        TrackedDelivery delivery = rows.delivery(directive, created.directiveId(), created.unit());
        delivery.identify(created.deliveryId(), created.role());
        delivery.setDeadline(created.deadline(), created.createdAt(), false);
        if (created.status() != DeliveryStatus.PENDING) {
            delivery.delivered(created.createdAt());
        }
        delivery.moveTo(created.status(), created.createdAt(), created.sequence());
    }

    private void transition(EventType type, DeliveryTransition transition) {
        TrackedDirective directive = rows.directive(transition.directiveId());
        TrackedDelivery delivery = rows.delivery(directive, transition.directiveId(), transition.unit());
        delivery.identify(transition.deliveryId(), null);
        Instant at = transition.at();
        if (transition.from() != DeliveryStatus.PENDING) {
            delivery.delivered(at);
        }
        boolean newest = delivery.moveTo(transition.to(), at, transition.sequence());
        switch (type) {
            case DELIVERY_ACKNOWLEDGED -> delivery.acknowledged(at, directive);
            case DELIVERY_RETURNED -> delivery.returnedAt = at;
            case REPORT_SUBMITTED -> delivery.reported(at, transition.fields(), directive);
            case REPORT_ACCEPTED -> delivery.completedAt = at;
            case DEADLINE_EXTENDED -> delivery.setDeadline(transition.deadline(), at, true);
            case DELIVERY_AMENDED -> delivery.amended(transition.from(), newest, transition.deadline(), at);
            default -> {
                // REPORT_REVISION_REQUESTED, DELIVERY_RECALLED: only the state changes
            }
        }
    }

    private void notified(NotificationOutcome outcome, boolean sent) {
        TrackedDirective directive = rows.directive(outcome.directiveId());
        TrackedDelivery delivery = rows.delivery(directive, outcome.directiveId(), outcome.unit());
        delivery.identify(outcome.deliveryId(), null);
        delivery.notified(outcome.at(), sent);
    }
}
