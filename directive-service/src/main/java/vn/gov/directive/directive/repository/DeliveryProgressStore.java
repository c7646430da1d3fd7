package vn.gov.directive.directive.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.directive.directive.domain.DeliveryCounts;
import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.DeliveryTransition;

/**
 * One row per delivery of a directive, kept from delivery-events. Timestamps are set once
 * (coalesce), so the counts say "ever delivered / ever acknowledged" while status says where the
 * delivery is now.
 */
@ApplicationScoped
public class DeliveryProgressStore {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(DeliveryCreated created) {
        Instant delivered = created.status() == DeliveryStatus.PENDING ? null : created.createdAt();
        entityManager.createNativeQuery("""
                insert into delivery_progress (delivery_id, directive_id, unit, role, status, deadline, delivered_at, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, now())
                on conflict (delivery_id) do update set role = excluded.role, deadline = excluded.deadline,
                    delivered_at = coalesce(delivery_progress.delivered_at, excluded.delivered_at), updated_at = now()""")
                .setParameter(1, created.deliveryId())
                .setParameter(2, created.directiveId())
                .setParameter(3, created.unit())
                .setParameter(4, created.role().name())
                .setParameter(5, created.status().name())
                .setParameter(6, timestamp(created.deadline()))
                .setParameter(7, timestamp(delivered))
                .executeUpdate();
    }

    /** A move of the delivery: any move means it reached its unit; acknowledgement and report are stamped once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(DeliveryTransition move) {
        DeliveryStatus to = move.to();
        Instant acknowledged = to == DeliveryStatus.ACKNOWLEDGED ? move.at() : null;
        Instant reported = to == DeliveryStatus.REPORTED || to == DeliveryStatus.COMPLETED ? move.at() : null;
        entityManager.createNativeQuery("""
                insert into delivery_progress (delivery_id, directive_id, unit, status, deadline, delivered_at,
                    acknowledged_at, reported_at, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now())
                on conflict (delivery_id) do update set status = excluded.status,
                    deadline = coalesce(excluded.deadline, delivery_progress.deadline),
                    delivered_at = coalesce(delivery_progress.delivered_at, excluded.delivered_at),
                    acknowledged_at = coalesce(delivery_progress.acknowledged_at, excluded.acknowledged_at),
                    reported_at = coalesce(delivery_progress.reported_at, excluded.reported_at),
                    updated_at = now()""")
                .setParameter(1, move.deliveryId())
                .setParameter(2, move.directiveId())
                .setParameter(3, move.unit())
                .setParameter(4, to.name())
                .setParameter(5, timestamp(move.deadline()))
                .setParameter(6, timestamp(move.at()))
                .setParameter(7, timestamp(acknowledged))
                .setParameter(8, timestamp(reported))
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
        return new DeliveryCounts(count(row[0]), count(row[1]), count(row[2]), count(row[3]), count(row[4]));
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
