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

import vn.gov.directive.events.Recipient;

/**
 * The rows of the compliance read model as the projection changes them: found or created, always
 * locked (the consumers of the three topics run at the same time).
 */
@ApplicationScoped
class ComplianceRows {

    @Inject
    EntityManager entityManager;

    /**
     * Creates and locks up front, in key order, the rows the changes name (the three channels'
     * batches then wait for each other instead of deadlocking), and loads them once: the changes
     * then find them in memory and go out in JDBC batches at commit.
     */
    void lockAndLoad(List<ComplianceChange> changes) {
        List<UUID> directives = changes.stream().map(ComplianceChange::directiveId).distinct().sorted().toList();
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

    /** The directive's row, locked; created empty if this is the first event naming it. */
    TrackedDirective directive(UUID id) {
        TrackedDirective directive = entityManager.find(TrackedDirective.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (directive != null) {
            return directive;
        }
        entityManager.createNativeQuery("insert into directive_view (id) values (?1) on conflict (id) do nothing")
                .setParameter(1, id)
                .executeUpdate();
        return entityManager.find(TrackedDirective.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The delivery's row, locked; created (with the directive's deadline) if this is the first event naming it. */
    TrackedDelivery delivery(TrackedDirective directive, UUID directiveId, String unit) {
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

    /**
     * One row per recipient, in one statement for the whole list (a directive may go to thousands
     * of units); a row an earlier delivery event created keeps its role and, once stamped, its deadline.
     */
    void addRecipients(UUID directiveId, List<Recipient> recipients, Instant deadline) {
        entityManager.createNativeQuery("""
                insert into delivery_view (directive_id, unit, role, deadline)
                select ?1, r.unit, r.role, ?4 from unnest(cast(?2 as text[]), cast(?3 as text[])) as r(unit, role)
                on conflict (directive_id, unit) do update set role = coalesce(delivery_view.role, excluded.role),
                    deadline = case when delivery_view.deadline_at is null then coalesce(delivery_view.deadline, excluded.deadline)
                                    else delivery_view.deadline end""")
                .setParameter(1, directiveId)
                .setParameter(2, recipients.stream().map(Recipient::unit).toArray(String[]::new))
                .setParameter(3, recipients.stream().map(r -> r.role().name()).toArray(String[]::new))
                .setParameter(4, deadline)
                .executeUpdate();
    }
}
