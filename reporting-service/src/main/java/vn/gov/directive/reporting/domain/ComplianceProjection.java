package vn.gov.directive.reporting.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import vn.gov.directive.events.Recipient;

/**
 * Applies directive, delivery and notification events to the compliance read model. Idempotent:
 * an event already in {@link ProcessedEvents} changes nothing. Order-aware: rows are created by
 * whichever event names them first; a delivery's state follows its newest event by sequence, the
 * stamps by event time (see {@link TrackedDelivery}). What an amendment or a recall did to each
 * delivery comes as that delivery's own event (DeliveryAmended, DeliveryRecalled); the
 * directive's events change only the directive's row. Rows are locked while changed, since the consumers of the three
 * topics run at the same time.
 */
@ApplicationScoped
public class ComplianceProjection {

    @Inject
    EntityManager entityManager;

    @Inject
    ProcessedEvents processedEvents;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        if (processedEvents.markProcessed(event)) {
            apply(Change.of(event));
        }
    }

    /**
     * A poll's events in one transaction. The rows they name are locked up front, in key order
     * (the three channels' batches then wait for each other instead of deadlocking), and loaded
     * once: the events change them in memory and the changes go out in JDBC batches at commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAll(List<IncomingEvent> events) {
        Set<UUID> fresh = processedEvents.markAllProcessed(events);
        List<Change> changes = events.stream().filter(e -> fresh.remove(e.id())).map(Change::of).toList();
        lockAndLoad(changes);
        changes.forEach(this::apply);
    }

    private void apply(Change change) {
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

    private void lockAndLoad(List<Change> changes) {
        List<UUID> directives = changes.stream().map(Change::directiveId).distinct().sorted().toList();
        if (directives.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("""
                insert into directive_view (id) select unnest(cast(cast(?1 as text[]) as uuid[]))
                on conflict (id) do nothing""")
                .setParameter(1, directives.stream().map(UUID::toString).toArray(String[]::new))
                .executeUpdate();
        entityManager.createQuery("from TrackedDirective d where d.id in :ids order by d.id", TrackedDirective.class)
                .setParameter("ids", directives)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Map<UUID, Set<String>> units = new TreeMap<>();
        changes.stream().filter(c -> c.unit() != null)
                .forEach(c -> units.computeIfAbsent(c.directiveId(), id -> new TreeSet<>()).add(c.unit()));
        units.forEach((directiveId, named) -> entityManager.createQuery("""
                from TrackedDelivery d where d.key.directiveId = :directive and d.key.unit in :units
                order by d.key.unit""", TrackedDelivery.class)
                .setParameter("directive", directiveId)
                .setParameter("units", named)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList());
    }

    /** An event to apply, its payload read once, with the rows it names. */
    private record Change(EventType type, Object payload, UUID directiveId, String unit) {

        static Change of(IncomingEvent event) {
            return switch (event.type()) {
                case DIRECTIVE_ISSUED -> directive(event, event.payload(DirectiveIssued.class).directiveId(), DirectiveIssued.class);
                case DIRECTIVE_AMENDED -> directive(event, event.payload(DirectiveAmended.class).directiveId(), DirectiveAmended.class);
                case DIRECTIVE_RECALLED -> directive(event, event.payload(DirectiveRecalled.class).directiveId(), DirectiveRecalled.class);
                case DELIVERY_CREATED -> {
                    DeliveryCreated created = event.payload(DeliveryCreated.class);
                    yield new Change(event.type(), created, created.directiveId(), created.unit());
                }
                case NOTIFICATION_SENT, NOTIFICATION_FAILED -> {
                    NotificationOutcome outcome = event.payload(NotificationOutcome.class);
                    yield new Change(event.type(), outcome, outcome.directiveId(), outcome.unit());
                }
                case DELIVERY_ACKNOWLEDGED, DELIVERY_RETURNED, REPORT_SUBMITTED, REPORT_ACCEPTED,
                        REPORT_REVISION_REQUESTED, DEADLINE_EXTENDED, DELIVERY_AMENDED, DELIVERY_RECALLED -> {
                    DeliveryTransition transition = event.payload(DeliveryTransition.class);
                    yield new Change(event.type(), transition, transition.directiveId(), transition.unit());
                }
                default -> throw new IllegalArgumentException(event.type() + " is not an event of the compliance read model");
            };
        }

        private static Change directive(IncomingEvent event, UUID directiveId, Class<?> type) {
            return new Change(event.type(), event.payload(type), directiveId, null);
        }
    }

    private void issued(DirectiveIssued issued) {
        TrackedDirective directive = directive(issued.directiveId());
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
        List<Recipient> recipients = issued.recipients();
        // One statement for the whole list: a directive may go to thousands of units.
        entityManager.createNativeQuery("""
                insert into delivery_view (directive_id, unit, role, deadline)
                select ?1, r.unit, r.role, ?4 from unnest(cast(?2 as text[]), cast(?3 as text[])) as r(unit, role)
                on conflict (directive_id, unit) do update set role = coalesce(delivery_view.role, excluded.role),
                    deadline = case when delivery_view.deadline_at is null then coalesce(delivery_view.deadline, excluded.deadline)
                                    else delivery_view.deadline end""")
                .setParameter(1, issued.directiveId())
                .setParameter(2, recipients.stream().map(Recipient::unit).toArray(String[]::new))
                .setParameter(3, recipients.stream().map(r -> r.role().name()).toArray(String[]::new))
                .setParameter(4, issued.deadline())
                .executeUpdate();
    }

    private void amended(DirectiveAmended amended) {
        TrackedDirective directive = directive(amended.directiveId());
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
        TrackedDirective directive = directive(recalled.directiveId());
        if (directive.recalledAt == null || recalled.recalledAt().isBefore(directive.recalledAt)) {
            directive.recalledAt = recalled.recalledAt();
        }
    }

    private void created(DeliveryCreated created) {
        TrackedDirective directive = directive(created.directiveId());
        directive.learn(created.number(), created.subject());
        TrackedDelivery delivery = delivery(directive, created.directiveId(), created.unit());
        delivery.identify(created.deliveryId(), created.role());
        delivery.setDeadline(created.deadline(), created.createdAt(), false);
        if (created.status() != DeliveryStatus.PENDING) {
            delivery.delivered(created.createdAt());
        }
        delivery.moveTo(created.status(), created.createdAt(), created.sequence());
    }

    private void transition(EventType type, DeliveryTransition transition) {
        TrackedDirective directive = directive(transition.directiveId());
        TrackedDelivery delivery = delivery(directive, transition.directiveId(), transition.unit());
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
        TrackedDirective directive = directive(outcome.directiveId());
        TrackedDelivery delivery = delivery(directive, outcome.directiveId(), outcome.unit());
        delivery.identify(outcome.deliveryId(), null);
        delivery.notified(outcome.at(), sent);
    }

    /** The directive's row, locked; created empty if this is the first event naming it. */
    private TrackedDirective directive(UUID id) {
        TrackedDirective directive = entityManager.find(TrackedDirective.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (directive != null) {
            return directive;
        }
        entityManager.createNativeQuery("insert into directive_view (id) values (?1) on conflict (id) do nothing")
                .setParameter(1, id)
                .executeUpdate();
        return entityManager.find(TrackedDirective.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The delivery's row, locked; created if this is the first event naming it. */
    private TrackedDelivery delivery(TrackedDirective directive, UUID directiveId, String unit) {
        DeliveryKey key = new DeliveryKey(directiveId, unit);
        TrackedDelivery delivery = entityManager.find(TrackedDelivery.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (delivery != null) {
            return delivery;
        }
        entityManager.createNativeQuery("""
                insert into delivery_view (directive_id, unit, deadline) values (?1, ?2, ?3)
                on conflict (directive_id, unit) do nothing""")
                .setParameter(1, directiveId)
                .setParameter(2, unit)
                .setParameter(3, directive.deadline)
                .executeUpdate();
        return entityManager.find(TrackedDelivery.class, key, LockModeType.PESSIMISTIC_WRITE);
    }
}
