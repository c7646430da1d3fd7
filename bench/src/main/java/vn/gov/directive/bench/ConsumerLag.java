package vn.gov.directive.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until every active consumer group reading a topic has committed up to the topic's end as
 * it was when the wait began. Used before a fan-out: a directive to BENCH_N may only be issued
 * once every service's copy of the directory holds all N units (an incomplete copy would expand
 * the group to fewer units and measure a smaller fan-out).
 */
final class ConsumerLag implements AutoCloseable {

    private final Admin admin;

    ConsumerLag(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "platform-bench");
        this.admin = Admin.create(props);
    }

    /** The sum of the topic's end offsets: how many records it has ever had. */
    long totalEnd(String topic) {
        return endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Waits until the topic holds at least {@code atLeast} records in all (the outbox relay
     * publishes after the request has answered), then until every active group has committed up
     * to that end.
     *
     * @return the groups that were waited for
     */
    List<String> awaitCaughtUp(String topic, long atLeast, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> ends = endOffsets(topic);
        while (ends.values().stream().mapToLong(Long::longValue).sum() < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(topic + " did not reach " + atLeast + " records within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(500);
            ends = endOffsets(topic);
        }
        List<String> groups = activeGroupsOf(topic);
        while (true) {
            Map<String, Long> lag = lagOf(groups, ends);
            long total = lag.values().stream().mapToLong(Long::longValue).sum();
            if (total == 0) {
                return groups;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("consumers of " + topic + " still behind after " + timeout.toSeconds() + " s: " + lag);
            }
            Thread.sleep(500);
        }
    }

    private Map<TopicPartition, Long> endOffsets(String topic) {
        try {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the end offsets of " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Groups with members now (stale groups of earlier versions are ignored) and offsets on the topic. */
    private List<String> activeGroupsOf(String topic) {
        try {
            Collection<GroupListing> listed = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get();
            List<String> ids = listed.stream().map(GroupListing::groupId).toList();
            Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(ids).all().get();
            List<String> groups = new ArrayList<>();
            for (String id : ids) {
                ConsumerGroupDescription d = described.get(id);
                boolean active = d != null && d.groupState() == GroupState.STABLE && !d.members().isEmpty();
                boolean readsTopic = active && d.members().stream()
                        .anyMatch(m -> m.assignment().topicPartitions().stream().anyMatch(tp -> tp.topic().equals(topic)));
                if (readsTopic) {
                    groups.add(id);
                }
            }
            return groups;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list the consumer groups", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> lagOf(List<String> groups, Map<TopicPartition, Long> ends) {
        Map<String, Long> lag = new HashMap<>();
        for (String group : groups) {
            try {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                long behind = 0;
                for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    behind += Math.max(0, end.getValue() - (at == null ? 0 : at.offset()));
                }
                lag.put(group, behind);
            } catch (ExecutionException e) {
                throw new IllegalStateException("cannot read the offsets of group " + group, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return lag;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
