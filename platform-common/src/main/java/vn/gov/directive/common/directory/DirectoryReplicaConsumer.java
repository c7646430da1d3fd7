package vn.gov.directive.common.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;
import vn.gov.directive.common.inbox.IncomingEvent;

/** Keeps {@link DirectoryReplica} up to date from the compacted directory-events topic. */
@ApplicationScoped
@IfBuildProperty(name = "platform.directory-replica.enabled", stringValue = "true")
public class DirectoryReplicaConsumer {

    @Inject
    DirectoryReplica replica;

    @Incoming("directory-events")
    @Blocking
    @Transactional
    public void onDirectoryEvent(ConsumerRecord<String, String> record) {
        replica.apply(IncomingEvent.from(record));
    }
}
