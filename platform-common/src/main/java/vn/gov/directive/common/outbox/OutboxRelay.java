package vn.gov.directive.common.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vn.gov.directive.common.inbox.ShutdownSignal;
import vn.gov.directive.common.kafka.PlatformProducer;
import vn.gov.directive.common.kafka.PlatformProducerConfig;
import vn.gov.directive.common.kafka.TopicsConfig;

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
 * <li>A row Kafka refuses for a permanent reason (too large, not serialisable, invalid) is parked
 * with its error instead of being tried forever; the rows of other keys go on, the rows of its
 * own key wait behind it until an operator retries or discards it ({@link ParkedRows}).</li>
 * </ul>
 */
@ApplicationScoped
@IfBuildProperty(name = OutboxConfig.ENABLED, stringValue = "true")
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant shared by the replicas of one service (each service has its own database). */
    private static final long RELAY_LOCK = 0x7B0C5L;

    @Inject
    OutboxRows rows;

    @Inject
    OutboxConfig config;

    @Inject
    TopicsConfig topics;

    @Inject
    PlatformProducerConfig producerConfig;

    @Inject
    ShutdownSignal shutdown;

    @Inject
    @Named(PlatformProducer.NAME)
    Producer<String, String> producer;

    private final Counter published;
    private final Counter failed;
    private final Counter parkings;
    private final AtomicLong parked = new AtomicLong();
    private final AtomicLong backlog = new AtomicLong();

    @Inject
    public OutboxRelay(MeterRegistry registry) {
        this.published = Counter.builder("outbox.published").description("Events the outbox relay published").register(registry);
        this.failed = Counter.builder("outbox.publish.failures").description("Outbox batches that failed to publish").register(registry);
        this.parkings = Counter.builder("outbox.parkings")
                .description("Outbox rows parked because Kafka refused them for a permanent reason").register(registry);
        Gauge.builder("outbox.parked", parked, AtomicLong::get)
                .description("Outbox rows parked and waiting for an operator (retry or discard)").register(registry);
        Gauge.builder("outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox rows written and not yet published, parked ones excluded, as of the relay's last run")
                .register(registry);
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
                // a full batch was handled: there may be more waiting
            }
        } catch (RuntimeException e) {
            failed.increment();
            LOG.warnf("Outbox relay could not publish, rows stay for the next run: %s", e.getMessage());
        }
    }

    /**
     * Publishes the oldest unsent rows that do not wait behind a parked one, marks those Kafka
     * acknowledged, parks those it refused for good, in one transaction.
     *
     * @return how many rows were handled (sent or parked); fewer than read means a transient
     *         refusal or rows held behind a parked one, and the rest wait for the next run
     */
    public int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!rows.tryRelayLock(RELAY_LOCK)) {
                return 0;
            }
            List<OutboxRow> batch = rows.unsent(config.batchSize());
            if (!batch.isEmpty()) {
                RelayBatch.Decision decision = RelayBatch.decide(batch, send(batch));
                rows.markSent(decision.sent());
                published.increment(decision.sent().size());
                for (RelayBatch.Parking parking : decision.parked()) {
                    rows.park(parking.id(), parking.failure());
                    parkings.increment();
                    LOG.errorf("Kafka refused outbox row %d for good; parked, the rows of its key wait for an operator: %s",
                            parking.id(), parking.failure());
                }
                if (decision.stoppedByTransientFailure()) {
                    failed.increment();
                }
                recount();
                return decision.stoppedByTransientFailure() ? decision.sent().size()
                        : decision.sent().size() + decision.parked().size();
            }
            recount();
            return 0;
        });
    }

    /**
     * Sends the batch in order and says what became of each row. A row larger than the producer
     * takes is refused here without being sent, so no later row of its key goes out before it.
     */
    private List<RelayBatch.Result> send(List<OutboxRow> batch) {
        List<Object> pending = new ArrayList<>(batch.size());
        Set<String> held = new HashSet<>();
        for (OutboxRow row : batch) {
            ProducerRecord<String, String> record = CloudEventRecords.record(topics.topic(row.topic()), row, rows.source());
            int size = CloudEventRecords.size(record);
            if (held.contains(RelayBatch.stream(row))) {
                pending.add(new RelayBatch.Held());
            } else if (size > producerConfig.maxRequestBytes()) {
                held.add(RelayBatch.stream(row));
                pending.add(new RelayBatch.Refused(new RecordTooLargeException("The record of outbox row " + row.id() + " is "
                        + size + " bytes, more than max.request.size (" + producerConfig.maxRequestBytes() + " bytes)")));
            } else {
                pending.add(producer.send(record));
            }
        }
        producer.flush();
        List<RelayBatch.Result> results = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            results.add(outcome(batch.get(i), pending.get(i)));
        }
        return results;
    }

    @SuppressWarnings("unchecked")
    private static RelayBatch.Result outcome(OutboxRow row, Object pending) {
        if (pending instanceof RelayBatch.Result known) {
            return known;
        }
        try {
            ((Future<RecordMetadata>) pending).get();
            return new RelayBatch.Acknowledged();
        } catch (ExecutionException e) {
            LOG.warnf("Kafka refused outbox row %d (%s): %s", row.id(), row.ceType(), e.getCause().getMessage());
            return new RelayBatch.Refused(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RelayBatch.Refused(e);
        }
    }

    /** Refreshes the gauges (also after an operator's retry or discard). */
    void recount() {
        parked.set(rows.parkedCount());
        backlog.set(rows.backlog());
    }
}
