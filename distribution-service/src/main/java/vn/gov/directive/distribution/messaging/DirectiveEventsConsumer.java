package vn.gov.directive.distribution.messaging;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import vn.gov.directive.common.inbox.IncomingEvent;
import vn.gov.directive.common.inbox.InvalidEventException;
import vn.gov.directive.common.inbox.ProcessedEvents;
import vn.gov.directive.common.inbox.ConsumerRetryPolicy;
import vn.gov.directive.distribution.domain.FanOut;
import vn.gov.directive.events.DirectiveAmended;
import vn.gov.directive.events.DirectiveIssued;
import vn.gov.directive.events.DirectiveRecalled;

/**
 * Turns directive-events into deliveries (the consumer shape of platform-common's inbox package): the effect and the
 * processed-event entry commit together, so a redelivered event changes nothing; an event that
 * keeps failing goes to directive-events.dlq.
 */
@ApplicationScoped
public class DirectiveEventsConsumer {

    private static final Logger LOG = Logger.getLogger(DirectiveEventsConsumer.class);

    @Inject
    ProcessedEvents processed;

    @Inject
    FanOut fanOut;

    private final Timer fanOutDuration;

    @Inject
    public DirectiveEventsConsumer(MeterRegistry registry) {
        this.fanOutDuration = Timer.builder("distribution.fanout.duration")
                .description("Time to turn a DirectiveIssued into its deliveries and their events, commit included")
                .publishPercentileHistogram()
                .register(registry);
    }

    @Incoming("directive-events")
    @Blocking
    @Retry(maxRetries = ConsumerRetryPolicy.RETRIES, delay = ConsumerRetryPolicy.FIRST_DELAY_MS, abortOn = InvalidEventException.class)
    @ExponentialBackoff
    public void onDirectiveEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        switch (event.type()) {
            case DIRECTIVE_ISSUED -> issue(event);
            case DIRECTIVE_AMENDED -> QuarkusTransaction.requiringNew().run(() -> {
                if (processed.markProcessed(event)) {
                    int reset = fanOut.amend(event.payload(DirectiveAmended.class));
                    LOG.infof("Directive %s amended: %d deliveries must acknowledge again", event.key(), reset);
                }
            });
            case DIRECTIVE_RECALLED -> QuarkusTransaction.requiringNew().run(() -> {
                if (processed.markProcessed(event)) {
                    int closed = fanOut.recall(event.payload(DirectiveRecalled.class));
                    LOG.infof("Directive %s recalled: %d open deliveries closed", event.key(), closed);
                }
            });
            default -> throw new InvalidEventException(event.type().ceType() + " does not belong on directive-events");
        }
    }

    private void issue(IncomingEvent event) {
        long start = System.nanoTime();
        int created = QuarkusTransaction.requiringNew().call(() -> processed.markProcessed(event)
                ? fanOut.issue(event.payload(DirectiveIssued.class))
                : 0);
        long nanos = System.nanoTime() - start;
        if (created > 0) {
            fanOutDuration.record(nanos, TimeUnit.NANOSECONDS);
            LOG.infof("Directive %s fanned out to %d units in %d ms", event.key(), created, TimeUnit.NANOSECONDS.toMillis(nanos));
        }
    }
}
