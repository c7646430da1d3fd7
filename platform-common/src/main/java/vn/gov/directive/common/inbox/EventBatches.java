package vn.gov.directive.common.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The consumers' rules (this package's documentation) for a consumer that takes a poll's records at once
 * ({@code batch=true}), for read models that must keep up with a fan-out of thousands: the whole
 * batch is applied in one transaction (one commit instead of one per record). If that fails, each
 * record is applied alone, in order, with the usual bounded retries; one that still fails goes to
 * its dead-letter topic and the rest go on. Invalid records go there at once. While the service
 * stops, nothing is dead-lettered: the batch fails and stays unacknowledged for the next start.
 * <p>
 * Two batch transactions of different channels may lock the same rows in opposite orders; the
 * database then aborts one, and that batch simply takes the record-by-record path.
 */
@ApplicationScoped
public class EventBatches {

    private static final Logger LOG = Logger.getLogger(EventBatches.class);

    @Inject
    SingleEventApplier single;

    @Inject
    DeadLetterPublisher deadLetters;

    @Inject
    ShutdownSignal shutdown;

    /**
     * @param all applies a batch's events, in order, inside one transaction
     * @param one applies one event inside a transaction (the path of a batch that failed)
     */
    public void apply(ConsumerRecords<String, String> records, Consumer<List<IncomingEvent>> all, Consumer<IncomingEvent> one) {
        List<ConsumerRecord<String, String>> valid = new ArrayList<>();
        List<IncomingEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(IncomingEvent.from(record));
                valid.add(record);
            } catch (InvalidEventException e) {
                deadLetters.publish(record, e);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> all.accept(events));
        } catch (RuntimeException batchFailure) {
            failIfStopping(batchFailure);
            LOG.debugf("A batch of %d events failed as a whole (%s); applying them one by one", events.size(), batchFailure);
            for (int i = 0; i < events.size(); i++) {
                applyAlone(valid.get(i), events.get(i), one);
            }
        }
    }

    private void applyAlone(ConsumerRecord<String, String> record, IncomingEvent event, Consumer<IncomingEvent> effect) {
        try {
            single.apply(event, effect);
        } catch (RuntimeException e) {
            failIfStopping(e);
            deadLetters.publish(record, e);
        }
    }

    private void failIfStopping(RuntimeException failure) {
        if (shutdown.stopping()) {
            throw failure;
        }
    }
}
