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
import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DeliveryTransition;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Topics;
import vn.gov.directive.notification.domain.DeliveryTracker;

/** New deliveries (the notice) and their moves (reminders stop, resume or follow a new deadline); the consumer shape of platform-common's inbox package. */
@ApplicationScoped
public class DeliveryEventsConsumer {

    @Inject
    ProcessedEvents processed;

    @Inject
    DeliveryTracker tracker;

    @Incoming("delivery-events")
    @Blocking
    @Retry(maxRetries = ConsumerRetryPolicy.RETRIES, delay = ConsumerRetryPolicy.FIRST_DELAY_MS, abortOn = InvalidEventException.class)
    @ExponentialBackoff
    public void onDeliveryEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!Topics.DELIVERY_EVENTS.equals(event.type().topic())) {
            throw new InvalidEventException(event.type().ceType() + " does not belong on delivery-events");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (!processed.markProcessed(event)) {
                return;
            }
            if (event.type() == EventType.DELIVERY_CREATED) {
                tracker.created(event.payload(DeliveryCreated.class));
            } else {
                tracker.moved(event.type(), event.payload(DeliveryTransition.class));
            }
        });
    }
}
