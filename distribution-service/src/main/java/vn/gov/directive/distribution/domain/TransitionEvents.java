package vn.gov.directive.distribution.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.gov.directive.common.outbox.OutgoingEvent;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.DeliveryTransition;
import vn.gov.directive.events.EventType;

/**
 * The event each unit or issuer step publishes on delivery-events. Each type's schema allows
 * only some of the optional members (a reason for a return, a summary and fields for a report,
 * a deadline for an extension), so the others are left out here.
 */
final class TransitionEvents {

    private TransitionEvents() {
    }

    static EventType typeOf(DeliveryAction action) {
        return switch (action) {
            case ACKNOWLEDGE -> EventType.DELIVERY_ACKNOWLEDGED;
            case RETURN -> EventType.DELIVERY_RETURNED;
            case REPORT -> EventType.REPORT_SUBMITTED;
            case ACCEPT_REPORT -> EventType.REPORT_ACCEPTED;
            case REQUEST_REVISION -> EventType.REPORT_REVISION_REQUESTED;
            case EXTEND_DEADLINE -> EventType.DEADLINE_EXTENDED;
            case AMEND -> EventType.DELIVERY_AMENDED;
            case RECALL -> EventType.DELIVERY_RECALLED;
        };
    }

    /**
     * What an amendment or a recall did to one delivery (FanOut's bulk moves): the directive's
     * version after it and, for an amendment, the delivery's deadline after it. The why stays in
     * the directive's own event.
     */
    static OutgoingEvent ofDirectiveChange(DeliveryAction action, BulkMoved moved, UUID directiveId, int version,
            String actor, Instant at) {
        boolean amendment = action == DeliveryAction.AMEND;
        DeliveryTransition payload = new DeliveryTransition(moved.deliveryId(), directiveId, version, moved.unit(),
                moved.from(), moved.to(), actor, at, null, null, null, amendment ? moved.deadline() : null, moved.sequence());
        return OutgoingEvent.of(typeOf(action), moved.deliveryId().toString(), payload);
    }

    /** One delivery as a bulk move left it. */
    record BulkMoved(UUID deliveryId, String unit, DeliveryStatus from,
            DeliveryStatus to, Instant deadline, long sequence) {
    }

    static OutgoingEvent of(Delivery delivery, DeliveryLifecycle.Step step, String actor, Instant at, String reason,
            String summary, Map<String, Object> fields, long sequence) {
        boolean report = step.action() == DeliveryAction.REPORT;
        boolean extension = step.action() == DeliveryAction.EXTEND_DEADLINE;
        boolean withReason = step.action() != DeliveryAction.ACKNOWLEDGE && !report;
        DeliveryTransition payload = new DeliveryTransition(delivery.id, delivery.directiveId, delivery.directive.version,
                delivery.unit, step.from(), step.to(), actor, at, withReason ? reason : null,
                report ? summary : null, report ? fields : null, extension ? delivery.deadline : null, sequence);
        return OutgoingEvent.of(typeOf(step.action()), delivery.id.toString(), payload);
    }
}
