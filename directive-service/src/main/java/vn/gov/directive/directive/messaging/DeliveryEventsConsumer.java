package vn.gov.directive.directive.messaging;

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
import vn.gov.directive.directive.repository.DeliveryProgressStore;
import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DeliveryTransition;
import vn.gov.directive.events.EventType;

/**
 * Keeps the per-directive delivery counts from delivery-events (the consumer shape of platform-common's inbox package):
 * the effect and the processed-event entry commit together, so a redelivery changes nothing, and
 * an older event of a delivery than the last one applied (its sequence) does not rewind it.
 */
@ApplicationScoped
public class DeliveryEventsConsumer {

    @Inject
    ProcessedEvents processed;

    @Inject
    DeliveryProgressStore progress;

    @Incoming("delivery-events")
    @Blocking
    @Retry(maxRetries = ConsumerRetryPolicy.RETRIES, delay = ConsumerRetryPolicy.FIRST_DELAY_MS, abortOn = InvalidEventException.class)
    @ExponentialBackoff
    public void onDeliveryEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        QuarkusTransaction.requiringNew().run(() -> {
            if (!processed.markProcessed(event)) {
                return;
            }
            if (event.is(EventType.DELIVERY_CREATED)) {
                progress.created(event.payload(DeliveryCreated.class));
            } else if (event.type().payloadType() == DeliveryTransition.class) {
                progress.moved(event.type(), event.payload(DeliveryTransition.class));
            } else {
                throw new InvalidEventException(event.type().ceType() + " does not belong on delivery-events");
            }
        });
    }
}
