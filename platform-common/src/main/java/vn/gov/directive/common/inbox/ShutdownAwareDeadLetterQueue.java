package vn.gov.directive.common.inbox;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;

/**
 * The platform's failure strategy ({@code failure-strategy=shutdown-aware-dead-letter-queue}):
 * the dead-letter queue while the service runs, nothing while it stops. A record whose processing
 * the shutdown cut off (the database pool closed under it) has not failed: sending it to the
 * dead-letter topic would acknowledge it, and the service would never see it again. It is left
 * unacknowledged instead, so its offset is not committed and the next start reads it again
 * (the consumers are idempotent).
 */
@ApplicationScoped
@Identifier(ShutdownAwareDeadLetterQueue.STRATEGY)
public class ShutdownAwareDeadLetterQueue implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "shutdown-aware-dead-letter-queue";

    private static final Logger LOG = Logger.getLogger(ShutdownAwareDeadLetterQueue.class);

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
    KafkaFailureHandler.Factory deadLetterQueue;

    @Inject
    ShutdownSignal shutdown;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx, KafkaConsumer<?, ?> consumer,
            BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler delegate = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (shutdown.stopping()) {
                    LOG.infof("Stopping: %s[%d]@%d stays on its topic for the next start (%s)", record.getTopic(),
                            record.getPartition(), record.getOffset(), reason.toString());
                    return Uni.createFrom().voidItem();
                }
                return delegate.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                delegate.terminate();
            }
        };
    }
}
