package vn.gov.directive.common.outbox;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox relay publishes. */
@ConfigMapping(prefix = "platform.outbox")
public interface OutboxConfig {

    /** Rows read and published per transaction. */
    @WithDefault("1000")
    int batchSize();

    /** Prepended to every topic name; tests use it to keep their topics apart from a running stack's. */
    Optional<String> topicPrefix();

    /**
     * The relay producer's max.request.size (8 MiB; the local broker takes 10 MB). The one home of
     * the limit: the producer is configured from it and the door's limit is derived from it.
     */
    @WithDefault("8388608")
    int maxRequestBytes();

    /** Kept free under max.request.size for the request's own framing and the batch around the record. */
    @WithDefault("65536")
    int sizeMarginBytes();

    default String topic(String name) {
        return topicPrefix().orElse("") + name;
    }

    /** The largest event a request may cause (record size with its CloudEvent headers): more is 413. */
    default int maxEventBytes() {
        return maxRequestBytes() - sizeMarginBytes();
    }
}
