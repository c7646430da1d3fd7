package vn.gov.directive.directive.repository;

import java.sql.PreparedStatement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.Role;

/**
 * The expanded recipients kept with a directive. Written with one JDBC batch (a province-wide
 * directive has thousands of rows; entities would cost a flush and a round trip per few hundred).
 */
@ApplicationScoped
public class RecipientStore {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void store(UUID directiveId, List<Recipient> recipients) {
        Session session = entityManager.unwrap(Session.class);
        session.flush(); // the directive row first: the recipients refer to it
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into directive_recipient (directive_id, unit, role) values (?, ?, ?)")) {
                for (Recipient recipient : recipients) {
                    insert.setObject(1, directiveId);
                    insert.setString(2, recipient.unit());
                    insert.setString(3, recipient.role().name());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    @SuppressWarnings("unchecked")
    public List<Recipient> page(UUID directiveId, int offset, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery(
                "select unit, role from directive_recipient where directive_id = ?1 order by unit offset ?2 limit ?3")
                .setParameter(1, directiveId).setParameter(2, offset).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new Recipient((String) r[0], Role.valueOf((String) r[1]))).toList();
    }

    @SuppressWarnings("unchecked")
    public Map<Role, Integer> countByRole(UUID directiveId) {
        List<Object[]> rows = entityManager.createNativeQuery(
                "select role, count(*) from directive_recipient where directive_id = ?1 group by role")
                .setParameter(1, directiveId).getResultList();
        Map<Role, Integer> counts = new EnumMap<>(Role.class);
        rows.forEach(r -> counts.put(Role.valueOf((String) r[0]), ((Number) r[1]).intValue()));
        return counts;
    }
}
