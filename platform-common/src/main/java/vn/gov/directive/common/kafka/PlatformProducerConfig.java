package vn.gov.directive.common.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the platform's own Kafka producer ({@link PlatformProducer}) sends. */
@ConfigMapping(prefix = "platform.producer")
public interface PlatformProducerConfig {

    /**
     * The producer's max.request.size (8 MiB; the local broker takes 10 MB). The one home of the
     * limit: the producer is configured from it and the outbox's door limit is derived from it.
     */
    @WithDefault("8388608")
    int maxRequestBytes();
}
