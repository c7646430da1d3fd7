package vn.gov.directive.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.gov.directive.common.inbox.EventBatches;
import vn.gov.directive.reporting.domain.ComplianceProjection;

/**
 * Feeds the compliance read model from the directive, delivery and notification topics, one
 * channel each, a poll's records at a time ({@link EventBatches}: one transaction per batch, record
 * by record with retries when a batch fails, then the topic's dead-letter topic). A fan-out to
 * thousands of units thus costs a few commits here, not thousands.
 */
@ApplicationScoped
public class ComplianceEventsConsumer {

    @Inject
    ComplianceProjection projection;

    @Inject
    EventBatches batches;

    @Incoming("directive-events")
    @Blocking
    public void onDirectiveEvents(ConsumerRecords<String, String> records) {
        batches.apply(records, projection::applyAll, projection::apply);
    }

    @Incoming("delivery-events")
    @Blocking
    public void onDeliveryEvents(ConsumerRecords<String, String> records) {
        batches.apply(records, projection::applyAll, projection::apply);
    }

    @Incoming("notification-events")
    @Blocking
    public void onNotificationEvents(ConsumerRecords<String, String> records) {
        batches.apply(records, projection::applyAll, projection::apply);
    }
}
