package vn.gov.directive.notification.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.DeliveryTransition;
import vn.gov.directive.events.DirectiveAmended;
import vn.gov.directive.events.DirectiveIssued;
import vn.gov.directive.events.DirectiveRecalled;
import vn.gov.directive.events.EventType;

/**
 * Follows directives and deliveries from their events and decides what each unit is told.
 * <p>
 * directive-events and delivery-events are separate topics, so a DeliveryCreated may arrive
 * before the DirectiveIssued it belongs to. The notice needs only the delivery (it carries
 * number, subject, urgency and deadline) and goes at once; reminders need the directive's
 * policy as well and are planned by whichever of the two events comes second. Both take the
 * directive's lock (a delivery's events shared, the directive's own exclusive), so neither can
 * miss the other.
 */
@ApplicationScoped
public class DeliveryTracker {

    private static final Logger LOG = Logger.getLogger(DeliveryTracker.class);
    /** First key of the two-key advisory locks of this class (a key space apart from the outbox relay's). */
    private static final int DIRECTIVE_LOCK_SPACE = 5;

    @Inject
    EntityManager entityManager;

    @Inject
    Schedules schedules;

    @Transactional(Transactional.TxType.MANDATORY)
    public void issued(DirectiveIssued issued) {
        lock(issued.directiveId());
        NoticeDirective directive = NoticeDirective.findById(issued.directiveId());
        if (directive == null) {
            directive = NoticeDirective.of(issued);
            directive.persist();
        }
        for (NoticeDelivery delivery : deliveriesOf(issued.directiveId())) {
            schedules.rebuild(delivery, directive);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(DeliveryCreated created) {
        lockShared(created.directiveId());
        if (NoticeDelivery.findById(created.deliveryId()) != null) {
            return;
        }
        NoticeDelivery delivery = NoticeDelivery.of(created);
        NoticeDirective directive = NoticeDirective.findById(created.directiveId());
        if (directive != null && directive.recalled()) {
            delivery.status = DeliveryStatus.RECALLED; // recalled before the unit heard of it: nothing to say
            delivery.persist();
            return;
        }
        delivery.persist();
        schedules.sendNow(delivery, NotificationKind.NOTICE, NotificationKind.NOTICE.name(), null);
        if (directive != null && directive.version > delivery.version) {
            delivery.number = directive.number;
            delivery.subject = directive.subject;
            schedules.sendNow(delivery, NotificationKind.AMENDMENT, amendmentStep(directive.version), null);
        }
        schedules.rebuild(delivery, directive);
    }

    /** Every open delivery is told of the new version; deadlines that followed the directive's move with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int amended(DirectiveAmended amended) {
        lock(amended.directiveId());
        NoticeDirective directive = NoticeDirective.findById(amended.directiveId());
        if (directive != null && directive.version >= amended.version()) {
            return 0;
        }
        int told = 0;
        for (NoticeDelivery delivery : deliveriesOf(amended.directiveId())) {
            if (!delivery.open()) {
                continue;
            }
            if (directive != null && !delivery.deadlineExtended && Objects.equals(delivery.deadline, directive.deadline)) {
                delivery.deadline = amended.deadline();
            }
            delivery.number = amended.number();
            delivery.subject = amended.subject();
            schedules.sendNow(delivery, NotificationKind.AMENDMENT, amendmentStep(amended.version()), amended.changeSummary());
            schedules.rebuild(delivery, directive);
            told++;
        }
        if (directive == null) {
            LOG.warnf("Amendment of directive %s, whose DirectiveIssued this service never received", amended.directiveId());
        } else {
            directive.version = amended.version();
            directive.number = amended.number();
            directive.subject = amended.subject();
            directive.deadline = amended.deadline();
        }
        return told;
    }

    /** Open deliveries close: their pending mails are cancelled and the unit is told of the recall. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recalled(DirectiveRecalled recalled) {
        lock(recalled.directiveId());
        NoticeDirective directive = NoticeDirective.findById(recalled.directiveId());
        if (directive != null) {
            if (directive.recalled()) {
                return 0;
            }
            directive.recalledAt = recalled.recalledAt();
        }
        int told = 0;
        for (NoticeDelivery delivery : deliveriesOf(recalled.directiveId())) {
            // RECALLED already: its DeliveryRecalled came first, and the unit is still to be told
            if (!delivery.open() && delivery.status != DeliveryStatus.RECALLED) {
                continue;
            }
            delivery.status = DeliveryStatus.RECALLED;
            schedules.cancelPending(delivery.deliveryId, "directive recalled");
            schedules.sendNow(delivery, NotificationKind.RECALL, NotificationKind.RECALL.name(), recalled.reason());
            told++;
        }
        return told;
    }

    /**
     * A unit, the issuer, an amendment or a recall moved the delivery: reminders stop, resume or
     * follow the new deadline. A move older than the last one applied (its sequence) is ignored,
     * so a replayed acknowledgment after the report never starts the reminders again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(EventType type, DeliveryTransition transition) {
        lockShared(transition.directiveId());
        NoticeDelivery delivery = NoticeDelivery.findById(transition.deliveryId());
        if (delivery == null) {
            LOG.warnf("%s for delivery %s, whose DeliveryCreated this service never received; ignored",
                    type.simpleName(), transition.deliveryId());
            return;
        }
        if (!delivery.apply(type, transition)) {
            LOG.infof("%s (sequence %d) of delivery %s is older than the state held (sequence %d); ignored",
                    type.simpleName(), transition.sequence(), delivery.deliveryId, delivery.sequence);
            return;
        }
        // a recalled delivery is not remindable: its pending reminders are cancelled here, the
        // recall notice itself is DirectiveRecalled's to send
        schedules.rebuild(delivery, NoticeDirective.findById(delivery.directiveId));
    }

    static String amendmentStep(int version) {
        return NotificationKind.AMENDMENT.name() + ":v" + version;
    }

    private List<NoticeDelivery> deliveriesOf(UUID directiveId) {
        return NoticeDelivery.list("directiveId", directiveId);
    }

    /**
     * A directive-wide change (issued, amended, recalled) excludes every other change of the same
     * directive, so that it sees all of its deliveries and none is created behind its back.
     */
    private void lock(UUID directiveId) {
        advisoryLock("pg_advisory_xact_lock", directiveId);
    }

    /**
     * A change of one delivery shares the directive's lock with the changes of its other
     * deliveries: the consumers of a fan-out's partitions work side by side, and only a
     * directive-wide change waits for them (and they for it).
     */
    private void lockShared(UUID directiveId) {
        advisoryLock("pg_advisory_xact_lock_shared", directiveId);
    }

    private void advisoryLock(String function, UUID directiveId) {
        entityManager.createNativeQuery("select 1 from (select " + function + "(?1, hashtext(?2))) locked")
                .setParameter(1, DIRECTIVE_LOCK_SPACE)
                .setParameter(2, directiveId.toString())
                .getSingleResult();
    }
}
