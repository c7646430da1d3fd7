package vn.gov.directive.common.outbox;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vn.gov.directive.common.inbox.ShutdownSignal;
import vn.gov.directive.events.CloudEventHeaders;

/**
 * The read side of the outbox: publishes unsent rows in the order they were written and marks
 * them sent once the broker has acknowledged them.
 * <ul>
 * <li>One relay at a time across replicas (a PostgreSQL advisory lock held for the transaction),
 * so a directive's events never overtake each other.</li>
 * <li>A row is marked only when it and every row before it in the batch were acknowledged; the
 * rest stay and go again later (a rare duplicate that idempotent consumers absorb, never a gap
 * or a reordering).</li>
 * <li>A broker outage leaves the rows in place; the next run retries them.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant shared by the replicas of one service (each service has its own database). */
    private static final long RELAY_LOCK = 0x7B0C5L;

    @Inject
    OutboxRows rows;

    @Inject
    OutboxConfig config;

    @Inject
    ShutdownSignal shutdown;

    @Inject
    @Named("outbox-producer")
    Producer<String, String> producer;

    private final Counter published;
    private final Counter failed;

    @Inject
    public OutboxRelay(MeterRegistry registry) {
        this.published = Counter.builder("outbox.published").description("Events the outbox relay published").register(registry);
        this.failed = Counter.builder("outbox.publish.failures").description("Outbox batches that failed to publish").register(registry);
    }

    /** The safety net: a commit that wrote rows starts a run at once ({@link RelayTrigger}). */
    @Scheduled(every = "${platform.outbox.poll-interval:1s}", delayed = "${platform.outbox.start-delay:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        if (shutdown.stopping()) {
            return; // the rows wait for the next start; the database pool is closing
        }
        try {
            while (publishBatch() == config.batchSize()) {
                // a full batch was published: there may be more waiting
            }
        } catch (RuntimeException e) {
            failed.increment();
            LOG.warnf("Outbox relay could not publish, rows stay for the next run: %s", e.getMessage());
        }
    }

    /**
     * Publishes the oldest unsent rows and marks those Kafka acknowledged, in one transaction.
     *
     * @return how many rows were published; fewer than read means Kafka refused one, and the
     *         rest wait for the next run
     */
    public int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!rows.tryRelayLock(RELAY_LOCK)) {
                return 0;
            }
            List<OutboxRow> batch = rows.unsent(config.batchSize());
            if (batch.isEmpty()) {
                return 0;
            }
            List<Long> acknowledged = send(batch);
            rows.markSent(acknowledged);
            published.increment(acknowledged.size());
            if (acknowledged.size() < batch.size()) {
                failed.increment();
            }
            return acknowledged.size();
        });
    }

    /** Sends the batch and returns the ids of the unbroken run of acknowledged rows from its start. */
    private List<Long> send(List<OutboxRow> batch) {
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (OutboxRow row : batch) {
            sends.add(producer.send(toRecord(row)));
        }
        producer.flush();
        List<Long> acknowledged = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            try {
                sends.get(i).get();
                acknowledged.add(batch.get(i).id());
            } catch (ExecutionException e) {
                LOG.warnf("Kafka refused outbox row %d (%s): %s", batch.get(i).id(), batch.get(i).ceType(), e.getCause().getMessage());
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return acknowledged;
    }

    private ProducerRecord<String, String> toRecord(OutboxRow row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, row.eventId().toString());
        header(headers, CloudEventHeaders.TYPE, row.ceType());
        header(headers, CloudEventHeaders.SOURCE, rows.source());
        header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(row.ceTime()));
        if (row.ceSubject() != null) {
            header(headers, CloudEventHeaders.SUBJECT, row.ceSubject());
        }
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(config.topic(row.topic()), null, row.key(), row.payload(), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
