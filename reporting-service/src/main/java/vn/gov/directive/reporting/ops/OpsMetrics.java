package vn.gov.directive.reporting.ops;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;

/**
 * The operations view as Prometheus metrics: each consumer group's lag per partition and the
 * messages held by each dead-letter topic, refreshed on a schedule (the AdminClient is asked once
 * per refresh, not on every scrape).
 */
@ApplicationScoped
public class OpsMetrics {

    private static final Logger LOG = Logger.getLogger(OpsMetrics.class);

    private final MultiGauge lag;
    private final MultiGauge deadLetters;

    @Inject
    KafkaOverview overview;

    OpsMetrics(MeterRegistry registry) {
        lag = MultiGauge.builder("reporting.kafka.consumer.group.lag")
                .description("Records of a partition not yet committed by a consumer group")
                .register(registry);
        deadLetters = MultiGauge.builder("reporting.kafka.dead.letters")
                .description("Messages held by a dead-letter topic")
                .register(registry);
    }

    @Scheduled(every = "${reporting.ops.metrics-every:60s}", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            lag.register(overview.consumerGroups().stream()
                    .flatMap(g -> g.partitions().stream().map(p -> MultiGauge.Row.of(Tags.of("group", g.groupId(),
                            "topic", p.topic(), "partition", String.valueOf(p.partition())), p.lag())))
                    .toList(), true);
            List<KafkaOverview.TopicView> topics = overview.topics(null);
            deadLetters.register(topics.stream().filter(KafkaOverview.TopicView::deadLetters)
                    .map(t -> MultiGauge.Row.of(Tags.of("topic", t.topic()), t.messages()))
                    .toList(), true);
        } catch (KafkaUnavailableException e) {
            LOG.warnf("Kafka metrics not refreshed: %s", e.getMessage());
        }
    }
}
