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

    default String topic(String name) {
        return topicPrefix().orElse("") + name;
    }
}
