package vn.gov.directive.distribution.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.directive.common.outbox.Outbox;
import vn.gov.directive.common.outbox.OutgoingEvent;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.common.text.ControlCharacters;
import vn.gov.directive.common.text.VietnameseText;

/**
 * The unit's and the issuer's actions on one delivery. Each locks the delivery row (two clicks
 * at once cannot both pass the state check), moves it through {@link DeliveryLifecycle}, keeps
 * each step in the history and publishes it through the outbox, all in one transaction.
 * A delivery the caller may not see is 404, whatever the action; one it may see but not act
 * on is 403.
 */
@ApplicationScoped
public class DeliveryActions {

    @Inject
    Outbox outbox;

    @Transactional
    public Delivery acknowledge(UUID id, Caller caller) {
        Delivery delivery = DeliveryLocks.forUnit(id, caller);
        return move(delivery, DeliveryAction.ACKNOWLEDGE, caller, null, null, null);
    }

    @Transactional
    public Delivery returnAsMisaddressed(UUID id, Caller caller, String reason) {
        Delivery delivery = DeliveryLocks.forUnit(id, caller);
        return move(delivery, DeliveryAction.RETURN, caller, reasonOf(reason), null, null);
    }

    /** Checks the state first (409 before 400: a closed delivery takes no report, however well formed). */
    @Transactional
    public Delivery report(UUID id, Caller caller, String summary, Map<String, Object> fields) {
        Delivery delivery = DeliveryLocks.forUnit(id, caller);
        DeliveryLifecycle.plan(delivery.status, DeliveryAction.REPORT, delivery.role);
        Map<String, Object> checked = ReportFields.check(fields, delivery.directive.reportFieldsOf(delivery.unit));
        String text = VietnameseText.nfc(summary);
        delivery.recordReport(text, checked);
        return move(delivery, DeliveryAction.REPORT, caller, null, text, checked);
    }

    @Transactional
    public Delivery acceptReport(UUID id, Caller caller, String comment) {
        Delivery delivery = DeliveryLocks.forIssuer(id, caller);
        return move(delivery, DeliveryAction.ACCEPT_REPORT, caller, comment == null ? null : reasonOf(comment), null, null);
    }

    @Transactional
    public Delivery requestRevision(UUID id, Caller caller, String reason) {
        Delivery delivery = DeliveryLocks.forIssuer(id, caller);
        return move(delivery, DeliveryAction.REQUEST_REVISION, caller, reasonOf(reason), null, null);
    }

    /** A new deadline must lie in the future and after the current one: an extension never shortens. */
    @Transactional
    public Delivery extendDeadline(UUID id, Caller caller, Instant deadline, String reason) {
        Delivery delivery = DeliveryLocks.forIssuer(id, caller);
        DeliveryLifecycle.plan(delivery.status, DeliveryAction.EXTEND_DEADLINE, delivery.role);
        Instant now = Instant.now();
        if (!deadline.isAfter(now)) {
            throw ProblemException.unprocessable("deadline-in-past", "The new deadline " + deadline + " is not in the future");
        }
        if (delivery.deadline != null && !deadline.isAfter(delivery.deadline)) {
            throw ProblemException.unprocessable("deadline-not-later",
                    "The new deadline " + deadline + " is not after the current one, " + delivery.deadline);
        }
        delivery.extendDeadline(deadline);
        return move(delivery, DeliveryAction.EXTEND_DEADLINE, caller, reasonOf(reason), null, null);
    }

    private Delivery move(Delivery delivery, DeliveryAction action, Caller caller, String reason, String summary,
            Map<String, Object> fields) {
        Instant at = Instant.now();
        List<DeliveryLifecycle.Step> steps = delivery.move(action, at);
        List<OutgoingEvent> events = new ArrayList<>(steps.size());
        for (DeliveryLifecycle.Step step : steps) {
            HistoryEntry entry = HistoryEntry.of(delivery, step, caller.name(), at, step.action() == action ? reason : null);
            entry.deadline = step.action() == DeliveryAction.EXTEND_DEADLINE ? delivery.deadline : null;
            entry.persist();
            events.add(TransitionEvents.of(delivery, step, caller.name(), at, reason, summary, fields, delivery.nextSequence()));
        }
        outbox.appendAll(events);
        return delivery;
    }

    /** A reason is one line (a page joins a text area's lines first), stored NFC. */
    private static String reasonOf(String reason) {
        return VietnameseText.nfc(ControlCharacters.requireOneLine("reason", reason));
    }
}
