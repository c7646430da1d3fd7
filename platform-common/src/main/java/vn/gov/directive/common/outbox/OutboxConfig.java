package vn.gov.directive.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox relay publishes (topic names: {@code TopicsConfig}; the producer's limits: {@code PlatformProducerConfig}). */
@ConfigMapping(prefix = "platform.outbox")
public interface OutboxConfig {

    /** Rows read and published per transaction. */
    @WithDefault("1000")
    int batchSize();

    /** Kept free under the producer's max.request.size for the request's own framing and the batch around the record. */
    @WithDefault("65536")
    int sizeMarginBytes();
}
