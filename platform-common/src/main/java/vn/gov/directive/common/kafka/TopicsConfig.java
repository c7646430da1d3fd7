package vn.gov.directive.common.kafka;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The names of the platform's topics as this service reads and writes them. The prefix applies to
 * every topic alike: the outbox's, the consumers' ({@code mp.messaging.*.topic} properties refer to
 * {@code ${platform.topics.prefix:}}) and so their dead-letter topics.
 */
@ConfigMapping(prefix = "platform.topics")
public interface TopicsConfig {

    /** Prepended to every topic name; tests use it to keep their topics apart from a running stack's. */
    Optional<String> prefix();

    default String topic(String name) {
        return prefix().orElse("") + name;
    }
}
