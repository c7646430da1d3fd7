package vn.gov.directive.common.outbox;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The outbox table as the relay sees it. */
@ApplicationScoped
public class OutboxRows {

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
                from outbox_event where sent_at is null order by id limit ?1""")
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

    /** Rows written but not yet published: a backlog that grows means Kafka is away. */
    public long backlog() {
        return ((Number) entityManager.createNativeQuery("select count(*) from outbox_event where sent_at is null")
                .getSingleResult()).longValue();
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
