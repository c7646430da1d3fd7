package vn.gov.directive.common.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import vn.gov.directive.common.inbox.ConsumerRetryPolicy;
import vn.gov.directive.common.inbox.IncomingEvent;
import vn.gov.directive.common.inbox.InvalidEventException;

/** Keeps {@link DirectoryReplica} up to date from the compacted directory-events topic. */
@ApplicationScoped
@IfBuildProperty(name = "platform.directory-replica.enabled", stringValue = "true")
public class DirectoryReplicaConsumer {

    @Inject
    DirectoryReplica replica;

    @Inject
    DirectoryCompleteness completeness;

    @Incoming("directory-events")
    @Blocking
    @Retry(maxRetries = ConsumerRetryPolicy.RETRIES, delay = ConsumerRetryPolicy.FIRST_DELAY_MS, abortOn = InvalidEventException.class)
    @ExponentialBackoff
    public void onDirectoryEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        QuarkusTransaction.requiringNew().run(() -> replica.apply(event));
        completeness.read(record.partition(), record.offset());
    }
}
