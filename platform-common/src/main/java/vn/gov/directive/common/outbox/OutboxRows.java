package vn.gov.directive.common.outbox;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.properties.IfBuildProperty;

/** The outbox table as the relay sees it. */
@ApplicationScoped
@IfBuildProperty(name = OutboxConfig.ENABLED, stringValue = "true")
public class OutboxRows {

    private static final String PARKED_COLUMNS = "failed_at is not null and sent_at is null and discarded_at is null";
    private static final String PARKED = "o.failed_at is not null and o.sent_at is null and o.discarded_at is null";

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    /** The CloudEvents source of everything this service publishes. */
    public String source() {
        return "/" + applicationName;
    }

    boolean tryRelayLock(long key) {
        return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, key).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    List<OutboxRow> unsent(int limit) {
        List<Object[]> result = entityManager.createNativeQuery("""
                select id, event_id, topic, message_key, ce_type, ce_subject, ce_time, payload
                from outbox_event o where sent_at is null and failed_at is null and discarded_at is null
                and not exists (select 1 from outbox_event p where p.failed_at is not null and p.sent_at is null
                    and p.discarded_at is null and p.topic = o.topic and p.message_key = o.message_key and p.id < o.id)
                order by id limit ?1""")
                .setParameter(1, limit).getResultList();
        return result.stream().map(OutboxRows::toRow).toList();
    }

    void markSent(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("update outbox_event set sent_at = now() where id = any(?1)")
                .setParameter(1, ids.toArray(Long[]::new)).executeUpdate();
    }

    /** Parks a row Kafka refused for good, with why; the rows of its key wait behind it. */
    void park(long id, String failure) {
        entityManager.createNativeQuery("update outbox_event set failed_at = now(), failure = ?2 where id = ?1")
                .setParameter(1, id).setParameter(2, failure).executeUpdate();
    }

    /** Rows written but not yet published, parked ones excluded: a backlog that grows means Kafka is away. */
    public long backlog() {
        return ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_event where sent_at is null and failed_at is null and discarded_at is null")
                .getSingleResult()).longValue();
    }

    /** Rows parked and waiting for an operator. */
    public long parkedCount() {
        return ((Number) entityManager.createNativeQuery("select count(*) from outbox_event o where " + PARKED)
                .getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<ParkedRow> parked(int offset, int limit) {
        List<Object[]> result = entityManager.createNativeQuery("""
                select o.id, o.event_id, o.topic, o.message_key, o.ce_type, o.created_at, o.failed_at, o.failure,
                    length(o.payload),
                    (select count(*) from outbox_event w where w.sent_at is null and w.discarded_at is null
                        and w.topic = o.topic and w.message_key = o.message_key and w.id > o.id)
                from outbox_event o where """ + " " + PARKED + " order by o.id offset ?1 limit ?2")
                .setParameter(1, offset).setParameter(2, limit).getResultList();
        return result.stream().map(c -> new ParkedRow(((Number) c[0]).longValue(), (UUID) c[1], (String) c[2], (String) c[3],
                (String) c[4], toInstant(c[5]), toInstant(c[6]), (String) c[7], ((Number) c[8]).longValue(),
                ((Number) c[9]).longValue())).toList();
    }

    /** Puts a parked row back in line (it is the oldest of its key, so it goes first); false if none is parked with that id. */
    boolean unpark(long id) {
        return entityManager.createNativeQuery("update outbox_event set failed_at = null, failure = null where id = ?1 and "
                + PARKED_COLUMNS).setParameter(1, id).executeUpdate() == 1;
    }

    /** Gives a parked row up for good: it is kept (with its failure) but never sent; the rows of its key go on. */
    boolean discard(long id) {
        return entityManager.createNativeQuery("update outbox_event set discarded_at = now() where id = ?1 and "
                + PARKED_COLUMNS).setParameter(1, id).executeUpdate() == 1;
    }

    private static OutboxRow toRow(Object[] columns) {
        return new OutboxRow(((Number) columns[0]).longValue(), (UUID) columns[1], (String) columns[2],
                (String) columns[3], (String) columns[4], (String) columns[5], toInstant(columns[6]),
                (String) columns[7]);
    }

    private static java.time.Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (java.time.Instant) value;
    }
}
