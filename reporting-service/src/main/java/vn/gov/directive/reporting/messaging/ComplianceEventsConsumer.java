package vn.gov.directive.reporting.messaging;

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
import vn.gov.directive.common.inbox.RetryingConsumer;
import vn.gov.directive.reporting.domain.ComplianceProjection;

/**
 * Feeds the compliance read model from the directive, delivery and notification topics, one
 * channel each (RetryingConsumer's pattern: a new transaction per attempt, bounded retries, then
 * the topic's dead-letter topic).
 */
@ApplicationScoped
public class ComplianceEventsConsumer {

    @Inject
    ComplianceProjection projection;

    @Incoming("directive-events")
    @Blocking
    @Retry(maxRetries = RetryingConsumer.RETRIES, delay = RetryingConsumer.FIRST_DELAY_MS, abortOn = InvalidEventException.class)
    @ExponentialBackoff
    public void onDirectiveEvent(ConsumerRecord<String, String> record) {
        apply(record);
    }

    @Incoming("delivery-events")
    @Blocking
    @Retry(maxRetries = RetryingConsumer.RETRIES, delay = RetryingConsumer.FIRST_DELAY_MS, abortOn = InvalidEventException.class)
    @ExponentialBackoff
    public void onDeliveryEvent(ConsumerRecord<String, String> record) {
        apply(record);
    }

    @Incoming("notification-events")
    @Blocking
    @Retry(maxRetries = RetryingConsumer.RETRIES, delay = RetryingConsumer.FIRST_DELAY_MS, abortOn = InvalidEventException.class)
    @ExponentialBackoff
    public void onNotificationEvent(ConsumerRecord<String, String> record) {
        apply(record);
    }

    private void apply(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        QuarkusTransaction.requiringNew().run(() -> projection.apply(event));
    }
}
