package vn.gov.directive.common.outbox;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import vn.gov.directive.events.EventJson;

/**
 * The write side of the transactional outbox: events are rows written in the caller's
 * transaction, on the caller's connection, so they commit or roll back with the state change
 * that caused them. {@link OutboxRelay} publishes them once they have committed.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            insert into outbox_event (event_id, topic, message_key, ce_type, ce_subject, ce_time, payload)
            values (?, ?, ?, ?, ?, ?, ?)""";

    @Inject
    EntityManager entityManager;

    @Inject
    RelayTrigger relayTrigger;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(OutgoingEvent event) {
        appendAll(List.of(event));
    }

    /** One JDBC batch for many events: a fan-out of thousands costs a few round trips, not thousands. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<OutgoingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Session session = entityManager.unwrap(Session.class);
        session.flush(); // the rows follow the state changes already made in this transaction
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (OutgoingEvent event : events) {
                    insert.setObject(1, event.id());
                    insert.setString(2, event.type().topic());
                    insert.setString(3, event.key());
                    insert.setString(4, event.type().ceType());
                    insert.setString(5, event.subject());
                    insert.setTimestamp(6, Timestamp.from(event.time()));
                    insert.setString(7, EventJson.write(event.payload()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        relayTrigger.afterCommit();
    }
}
