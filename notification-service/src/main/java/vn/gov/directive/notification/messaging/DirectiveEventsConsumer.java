package vn.gov.directive.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import vn.gov.directive.common.inbox.IncomingEvent;
import vn.gov.directive.common.inbox.InvalidEventException;
import vn.gov.directive.common.inbox.ProcessedEvents;
import vn.gov.directive.common.inbox.ConsumerRetryPolicy;
import vn.gov.directive.events.DirectiveAmended;
import vn.gov.directive.events.DirectiveIssued;
import vn.gov.directive.events.DirectiveRecalled;
import vn.gov.directive.notification.domain.DeliveryTracker;

/** Directives issued (reminder policies), amended and recalled (notices to open deliveries); the consumer shape of platform-common's inbox package. */
@ApplicationScoped
public class DirectiveEventsConsumer {

    @Inject
    ProcessedEvents processed;

    @Inject
    DeliveryTracker tracker;

    @Incoming("directive-events")
    @Blocking
    @Retry(maxRetries = ConsumerRetryPolicy.RETRIES, delay = ConsumerRetryPolicy.FIRST_DELAY_MS, abortOn = InvalidEventException.class)
    @ExponentialBackoff
    public void onDirectiveEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        QuarkusTransaction.requiringNew().run(() -> {
            if (!processed.markProcessed(event)) {
                return;
            }
            switch (event.type()) {
                case DIRECTIVE_ISSUED -> tracker.issued(event.payload(DirectiveIssued.class));
                case DIRECTIVE_AMENDED -> tracker.amended(event.payload(DirectiveAmended.class));
                case DIRECTIVE_RECALLED -> tracker.recalled(event.payload(DirectiveRecalled.class));
                default -> throw new InvalidEventException(event.type().ceType() + " does not belong on directive-events");
            }
        });
    }
}
