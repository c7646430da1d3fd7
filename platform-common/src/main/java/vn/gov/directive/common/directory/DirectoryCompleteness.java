package vn.gov.directive.common.directory;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Identifier;
import vn.gov.directive.common.problem.ProblemException;

/**
 * Whether this service's copy of the directory has read directory-events to the end, so that an
 * expansion against it sees every unit of a group (without it, an expansion during an import gave
 * 5,980 of 10,000 deliveries). The end offsets come from the broker (cached briefly, so a burst
 * of issues costs one look-up); the copy's position is what this process applied, or, for a
 * partition it has not read since it started, what its consumer group committed.
 */
@ApplicationScoped
@IfBuildProperty(name = "platform.directory-replica.enabled", stringValue = "true")
public class DirectoryCompleteness {

    private static final Logger LOG = Logger.getLogger(DirectoryCompleteness.class);
    private static final Duration CACHE = Duration.ofMillis(500);
    /** What a refused issue tells its caller to wait: a 10,000-unit import is read in a few seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    @ConfigProperty(name = "mp.messaging.incoming.directory-events.topic")
    String topic;

    @ConfigProperty(name = "mp.messaging.incoming.directory-events.group.id")
    String groupId;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final Map<Integer, Long> applied = new ConcurrentHashMap<>();
    private volatile Admin admin;
    private volatile ReplicaProgress last;
    private volatile long lastAt;

    /** Called once a record of directory-events has been applied (or dead-lettered: it was read). */
    public void read(int partition, long offset) {
        applied.merge(partition, offset + 1, Math::max);
    }

    /**
     * The copy's progress. An incomplete answer is reused for {@link #CACHE} (a burst of refused
     * issues costs one look-up); a complete one is always checked against the broker's current end,
     * so an import that reached the broker a moment ago is never missed. An unreachable broker
     * answers with the last known end.
     */
    public ReplicaProgress progress() {
        long now = System.nanoTime();
        ReplicaProgress known = last;
        if (known != null && now - lastAt < CACHE.toNanos()) {
            ReplicaProgress cached = new ReplicaProgress(known.ends(), positions(known.ends(), Map.of()));
            if (!cached.complete()) {
                return cached;
            }
        }
        try {
            Map<Integer, Long> ends = ends();
            ReplicaProgress progress = new ReplicaProgress(ends, positions(ends, Map.of()));
            if (!progress.complete()) {
                // a partition not read since the start, or whose last record was dead-lettered: the group's commit says
                progress = new ReplicaProgress(ends, positions(ends, committed()));
            }
            last = progress;
            lastAt = now;
            return progress;
        } catch (RuntimeException e) {
            LOG.warnf("Cannot read the end of %s: %s", topic, e.getMessage());
            if (known == null) {
                throw e;
            }
            return new ReplicaProgress(known.ends(), positions(known.ends(), Map.of()));
        }
    }

    public boolean complete() {
        try {
            return progress().complete();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** 503 with Retry-After while the copy is still reading: an expansion now could miss units. */
    public void requireComplete() {
        ReplicaProgress progress;
        try {
            progress = progress();
        } catch (RuntimeException e) {
            throw incomplete("its position on " + topic + " cannot be checked now");
        }
        if (!progress.complete()) {
            throw incomplete(progress.recordsBehind() + " directory records are still to be read");
        }
    }

    private static ProblemException incomplete(String why) {
        return ProblemException.unavailable("directory-incomplete", "This service's copy of the directory is not complete ("
                + why + "); nothing was changed, try again shortly", RETRY_AFTER_SECONDS);
    }

    private Map<Integer, Long> positions(Map<Integer, Long> ends, Map<Integer, Long> committed) {
        Map<Integer, Long> positions = new HashMap<>(committed);
        applied.forEach((partition, next) -> positions.merge(partition, next, Math::max));
        if (last != null) {
            last.positions().forEach((partition, next) -> positions.merge(partition, next, Math::max));
        }
        return positions;
    }

    private Map<Integer, Long> ends() {
        try {
            TopicDescription description = admin().describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<Integer, Long> ends = new HashMap<>();
            admin().listOffsets(latest).all().get(5, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp.partition(), info.offset()));
            return ends;
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Map.of(); // nothing was ever published: the copy is complete
            }
            throw new IllegalStateException(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<Integer, Long> committed() {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin().listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            Map<Integer, Long> committed = new HashMap<>();
            offsets.forEach((tp, offset) -> {
                if (tp.topic().equals(topic) && offset != null) {
                    committed.put(tp.partition(), offset.offset());
                }
            });
            return committed;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> config = new HashMap<>();
                    kafkaConfig.forEach((key, value) -> {
                        if (key.startsWith("bootstrap.servers") || key.startsWith("security.") || key.startsWith("sasl.")
                                || key.startsWith("ssl.")) {
                            config.put(key, value);
                        }
                    });
                    config.put(AdminClientConfig.CLIENT_ID_CONFIG, "directory-completeness");
                    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
                    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
                    admin = Admin.create(config);
                }
            }
        }
        return admin;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
