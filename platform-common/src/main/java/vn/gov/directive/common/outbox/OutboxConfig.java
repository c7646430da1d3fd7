package vn.gov.directive.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox relay publishes (topic names: {@code TopicsConfig}; the producer's limits: {@code PlatformProducerConfig}). */
@ConfigMapping(prefix = "platform.outbox")
public interface OutboxConfig {

    /**
     * The build-time switch of the outbox: a service that publishes nothing leaves it false, and has
     * no relay, no parked-rows endpoint and no outbox metrics (every bean of this package is built
     * only when it is true). Read when the application is built; changing it at run time does nothing.
     */
    String ENABLED = "platform.outbox.enabled";

    /** {@link #ENABLED}, mapped so that the key is known at run time too. */
    @WithDefault("false")
    boolean enabled();

    /** Rows read and published per transaction. */
    @WithDefault("1000")
    int batchSize();

    /** Kept free under the producer's max.request.size for the request's own framing and the batch around the record. */
    @WithDefault("65536")
    int sizeMarginBytes();
}
