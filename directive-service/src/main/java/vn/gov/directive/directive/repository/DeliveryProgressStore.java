package vn.gov.directive.directive.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.directive.directive.domain.DeliveryCounts;
import vn.gov.directive.directive.domain.DeliveryProgress;
import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.DeliveryTransition;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Role;

/**
 * One row per delivery of a directive, kept from delivery-events. Each event locks the row (made
 * empty by whichever event names the delivery first), lets {@link DeliveryProgress} decide what
 * it changes (an event older than the row's sequence changes where the delivery stands not at
 * all) and writes the result back.
 */
@ApplicationScoped
public class DeliveryProgressStore {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(DeliveryCreated created) {
        change(created.deliveryId(), created.directiveId(), created.unit(), held -> held.created(created));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(EventType type, DeliveryTransition move) {
        change(move.deliveryId(), move.directiveId(), move.unit(), held -> held.moved(type, move));
    }

    private void change(UUID deliveryId, UUID directiveId, String unit, UnaryOperator<DeliveryProgress> event) {
        entityManager.createNativeQuery("""
                insert into delivery_progress (delivery_id, directive_id, unit, status, updated_at)
                values (?1, ?2, ?3, 'PENDING', now()) on conflict (delivery_id) do nothing""")
                .setParameter(1, deliveryId)
                .setParameter(2, directiveId)
                .setParameter(3, unit)
                .executeUpdate();
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select role, status, deadline, last_sequence, delivered_at, acknowledged_at, reported_at
                from delivery_progress where delivery_id = ?1 for update""")
                .setParameter(1, deliveryId).getSingleResult();
        long sequence = ((Number) row[3]).longValue();
        // sequence 0: no event with a sequence has set where the delivery stands yet
        DeliveryProgress held = new DeliveryProgress(row[0] == null ? null : Role.valueOf((String) row[0]),
                sequence == 0 ? null : DeliveryStatus.valueOf((String) row[1]), instant(row[2]), sequence, instant(row[4]),
                instant(row[5]), instant(row[6]));
        DeliveryProgress next = event.apply(held);
        entityManager.createNativeQuery("""
                update delivery_progress set role = ?2, status = ?3, deadline = ?4, last_sequence = ?5, delivered_at = ?6,
                    acknowledged_at = ?7, reported_at = ?8, updated_at = now()
                where delivery_id = ?1""")
                .setParameter(1, deliveryId)
                .setParameter(2, next.role() == null ? null : next.role().name())
                .setParameter(3, next.status() == null ? DeliveryStatus.PENDING.name() : next.status().name())
                .setParameter(4, timestamp(next.deadline()))
                .setParameter(5, next.sequence())
                .setParameter(6, timestamp(next.deliveredAt()))
                .setParameter(7, timestamp(next.acknowledgedAt()))
                .setParameter(8, timestamp(next.reportedAt()))
                .executeUpdate();
    }

    public DeliveryCounts counts(UUID directiveId) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*),
                       count(*) filter (where delivered_at is not null),
                       count(*) filter (where acknowledged_at is not null),
                       count(*) filter (where status in ('REPORTED', 'COMPLETED')),
                       count(*) filter (where role = 'ACTION' and deadline < now()
                                        and status not in ('REPORTED', 'COMPLETED', 'RETURNED', 'RECALLED'))
                from delivery_progress where directive_id = ?1""")
                .setParameter(1, directiveId).getSingleResult();
        return new DeliveryCounts(count(row[0]), count(row[1]), count(row[2]), count(row[3]), count(row[4]),
                byStatus(directiveId));
    }

    /** Deliveries per state, as distribution-service's latest events say (only the states that occur). */
    @SuppressWarnings("unchecked")
    private Map<String, Long> byStatus(UUID directiveId) {
        List<Object[]> rows = entityManager.createNativeQuery(
                "select status, count(*) from delivery_progress where directive_id = ?1 group by status")
                .setParameter(1, directiveId).getResultList();
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.put((String) r[0], count(r[1])));
        return counts;
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
