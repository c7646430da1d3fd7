package vn.gov.directive.common.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import vn.gov.directive.common.rest.Page;
import vn.gov.directive.common.rest.PageRequest;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.common.text.VietnameseText;

/**
 * The audit trail of operator actions (table audit_entry, the V8 migration of each service).
 * {@link #record} writes in the caller's transaction, so the row commits or rolls back with the
 * action it describes: call it from inside the action's @Transactional method (it refuses to run
 * outside one). For example, in the outbox's retry of a parked row:
 * {@code auditTrail.record(caller, AuditActions.OUTBOX_RETRY, "outbox_event " + id, row.topic())}.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String unit, String action, String target, String detail) {
        entityManager.createNativeQuery("""
                insert into audit_entry (at, actor, unit, action, target, detail) values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, Timestamp.from(Instant.now()))
                .setParameter(2, VietnameseText.nfc(actor))
                .setParameter(3, unit)
                .setParameter(4, action)
                .setParameter(5, VietnameseText.nfc(target))
                .setParameter(6, VietnameseText.nfc(detail))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller actor, String action, String target, String detail) {
        record(actor.name(), actor.unit().orElse(null), action, target, detail);
    }

    /** Newest first; {@code action} null or blank for every action. */
    @Transactional
    public Page<AuditEntry> page(String action, PageRequest paging) {
        boolean all = action == null || action.isBlank();
        String where = all ? "" : " where action = ?1";
        Query count = entityManager.createNativeQuery("select count(*) from audit_entry" + where);
        Query rows = entityManager.createNativeQuery(
                "select id, at, actor, unit, action, target, detail from audit_entry" + where + " order by at desc, id desc")
                .setFirstResult(paging.offset()).setMaxResults(paging.size);
        if (!all) {
            count.setParameter(1, action);
            rows.setParameter(1, action);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        List<AuditEntry> items = found.stream().map(AuditTrail::entry).toList();
        return new Page<>(items, paging.page, paging.size, ((Number) count.getSingleResult()).longValue());
    }

    private static AuditEntry entry(Object[] row) {
        Object at = row[1];
        Instant instant = at instanceof Instant i ? i : at instanceof Timestamp t ? t.toInstant()
                : ((java.time.OffsetDateTime) at).toInstant();
        return new AuditEntry(((Number) row[0]).longValue(), instant, (String) row[2], (String) row[3], (String) row[4],
                (String) row[5], (String) row[6]);
    }
}
