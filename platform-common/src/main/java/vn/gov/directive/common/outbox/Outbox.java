package vn.gov.directive.common.outbox;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import io.quarkus.arc.properties.IfBuildProperty;

import vn.gov.directive.common.kafka.PlatformProducerConfig;
import vn.gov.directive.common.kafka.TopicsConfig;
import vn.gov.directive.common.problem.ProblemException;

/**
 * The write side of the transactional outbox: events are rows written in the caller's
 * transaction, on the caller's connection, so they commit or roll back with the state change
 * that caused them. {@link OutboxRelay} publishes them once they have committed.
 */
@ApplicationScoped
@IfBuildProperty(name = OutboxConfig.ENABLED, stringValue = "true")
public class Outbox {

    private static final String INSERT = """
            insert into outbox_event (event_id, topic, message_key, ce_type, ce_subject, ce_time, payload)
            values (?, ?, ?, ?, ?, ?, ?)""";

    @Inject
    EntityManager entityManager;

    @Inject
    RelayTrigger relayTrigger;

    @Inject
    OutboxConfig config;

    @Inject
    PlatformProducerConfig producer;

    @Inject
    TopicsConfig topics;

    @Inject
    OutboxRows rows;

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
        List<String> payloads = events.stream().map(OutgoingEvent::json).toList();
        for (int i = 0; i < events.size(); i++) {
            requirePublishable(events.get(i), payloads.get(i));
        }
        Session session = entityManager.unwrap(Session.class);
        session.flush(); // the rows follow the state changes already made in this transaction
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < events.size(); i++) {
                    OutgoingEvent event = events.get(i);
                    insert.setObject(1, event.id());
                    insert.setString(2, event.type().topic());
                    insert.setString(3, event.key());
                    insert.setString(4, event.type().ceType());
                    insert.setString(5, event.subject());
                    insert.setTimestamp(6, Timestamp.from(event.time()));
                    insert.setString(7, payloads.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        relayTrigger.afterCommit();
    }

    /**
     * Refuses (413, the caller's transaction rolls back: nothing stored) an event whose Kafka record,
     * CloudEvent headers included, would exceed what the relay's producer may send: it could never
     * be delivered.
     */
    private void requirePublishable(OutgoingEvent event, String payload) {
        OutboxRow row = new OutboxRow(0, event.id(), event.type().topic(), event.key(), event.type().ceType(),
                event.subject(), event.time(), payload);
        int size = CloudEventRecords.size(CloudEventRecords.record(topics.topic(row.topic()), row, rows.source()));
        if (size > maxEventBytes()) {
            throw ProblemException.tooLarge("event-too-large", String.format(
                    "The %s event this request would publish is %d bytes, more than the limit of %d bytes "
                            + "(platform.producer.max-request-bytes less platform.outbox.size-margin-bytes); nothing was stored",
                    event.type().ceType(), size, maxEventBytes()));
        }
    }

    /** The largest event a request may cause (record size with its CloudEvent headers): more is 413. */
    public int maxEventBytes() {
        return producer.maxRequestBytes() - config.sizeMarginBytes();
    }
}
