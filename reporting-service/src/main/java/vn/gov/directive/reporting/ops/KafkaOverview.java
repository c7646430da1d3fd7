package vn.gov.directive.reporting.ops;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

import vn.gov.directive.events.Topics;
import vn.gov.directive.reporting.config.ReportingConfig;

/** Topics, partitions, offsets and consumer lag, read from the broker with the AdminClient. */
@ApplicationScoped
public class KafkaOverview {

    public record PartitionOffsets(int partition, long earliestOffset, long endOffset) {
    }

    public record TopicView(String topic, boolean deadLetters, long messages, List<PartitionOffsets> partitions) {
    }

    public record PartitionLag(String topic, int partition, long committedOffset, long endOffset, long lag) {
    }

    public record GroupView(String groupId, String state, int members, long totalLag, List<PartitionLag> partitions) {
    }

    @Inject
    KafkaClients clients;

    @Inject
    ReportingConfig config;

    /** @param prefix only topics whose name starts with it; all when null */
    public List<TopicView> topics(String prefix) {
        Admin admin = clients.admin();
        Set<String> names = get(admin.listTopics(new ListTopicsOptions().listInternal(false)).names()).stream()
                .filter(name -> prefix == null || name.startsWith(prefix))
                .collect(Collectors.toSet());
        if (names.isEmpty()) {
            return List.of();
        }
        Map<String, TopicDescription> descriptions = get(admin.describeTopics(names).allTopicNames());
        List<TopicPartition> partitions = descriptions.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
        Map<TopicPartition, Long> earliest = offsets(admin, partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> latest = offsets(admin, partitions, OffsetSpec.latest());
        return descriptions.values().stream()
                .sorted(Comparator.comparing(TopicDescription::name))
                .map(d -> {
                    List<PartitionOffsets> offsets = d.partitions().stream().map(p -> {
                        TopicPartition tp = new TopicPartition(d.name(), p.partition());
                        return new PartitionOffsets(p.partition(), earliest.get(tp), latest.get(tp));
                    }).toList();
                    long messages = offsets.stream().mapToLong(o -> o.endOffset() - o.earliestOffset()).sum();
                    return new TopicView(d.name(), d.name().endsWith(Topics.DEAD_LETTER_SUFFIX), messages, offsets);
                })
                .toList();
    }

    /** Every consumer group with its committed offsets and its lag per partition. */
    public List<GroupView> consumerGroups() {
        Admin admin = clients.admin();
        List<String> groups = get(admin.listConsumerGroups().all()).stream()
                .map(ConsumerGroupListing::groupId).sorted().toList();
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<String, ConsumerGroupDescription> descriptions = get(admin.describeConsumerGroups(groups).all());
        // One request for every group's offsets: a group at a time adds a round trip per group
        // to the page's wait, and a busy broker then misses the view's timeout.
        Map<String, ListConsumerGroupOffsetsSpec> everyPartition = groups.stream()
                .collect(Collectors.toMap(group -> group, group -> new ListConsumerGroupOffsetsSpec()));
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = get(admin.listConsumerGroupOffsets(everyPartition).all());
        List<TopicPartition> partitions = committed.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
        Map<TopicPartition, Long> latest = offsets(admin, partitions, OffsetSpec.latest());
        List<GroupView> views = new ArrayList<>();
        for (String group : groups) {
            List<PartitionLag> lags = committed.getOrDefault(group, Map.of()).entrySet().stream()
                    .filter(e -> e.getValue() != null && latest.containsKey(e.getKey()))
                    .map(e -> {
                        long end = latest.get(e.getKey());
                        long offset = e.getValue().offset();
                        return new PartitionLag(e.getKey().topic(), e.getKey().partition(), offset, end, Math.max(0, end - offset));
                    })
                    .sorted(Comparator.comparing(PartitionLag::topic).thenComparing(PartitionLag::partition))
                    .toList();
            ConsumerGroupDescription description = descriptions.get(group);
            views.add(new GroupView(group, description == null ? "UNKNOWN" : description.groupState().toString(),
                    description == null ? 0 : description.members().size(), lags.stream().mapToLong(PartitionLag::lag).sum(), lags));
        }
        return views;
    }

    private Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = partitions.stream().collect(Collectors.toMap(p -> p, p -> spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = get(admin.listOffsets(request).all());
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((tp, info) -> offsets.put(tp, info.offset()));
        return offsets;
    }

    private <T> T get(KafkaFuture<T> future) {
        try {
            return future.get(config.ops().timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaUnavailableException(e);
        }
    }
}
