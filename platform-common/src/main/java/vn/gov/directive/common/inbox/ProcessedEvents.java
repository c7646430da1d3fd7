package vn.gov.directive.common.inbox;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The idempotent-consumer ledger: an event's id is recorded in the same transaction as its
 * effect, so a redelivered event (Kafka delivers at least once) is recognised and skipped.
 */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager entityManager;

    /**
     * Records the event as processed, in the caller's transaction.
     *
     * @return true the first time this event is recorded; false for a redelivery, whose effect is already stored
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markProcessed(IncomingEvent event) {
        int inserted = entityManager.createNativeQuery("""
                insert into processed_event (event_id, event_type) values (?1, ?2)
                on conflict (event_id) do nothing""")
                .setParameter(1, event.id())
                .setParameter(2, event.type().ceType())
                .executeUpdate();
        return inserted == 1;
    }

    /**
     * {@link #markProcessed} for a poll's events, in one statement.
     *
     * @return the ids recorded for the first time (an id twice in the list is in it once)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> markAllProcessed(List<IncomingEvent> events) {
        List<?> inserted = entityManager.createNativeQuery("""
                insert into processed_event (event_id, event_type)
                select * from unnest(cast(cast(?1 as text[]) as uuid[]), cast(?2 as text[]))
                on conflict (event_id) do nothing
                returning cast(event_id as text)""")
                .setParameter(1, events.stream().map(e -> e.id().toString()).toArray(String[]::new))
                .setParameter(2, events.stream().map(e -> e.type().ceType()).toArray(String[]::new))
                .getResultList();
        Set<UUID> fresh = new HashSet<>();
        inserted.forEach(id -> fresh.add(UUID.fromString(id.toString())));
        return fresh;
    }
}
