package vn.gov.directive.reporting.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import vn.gov.directive.common.audit.AuditActions;
import vn.gov.directive.common.audit.AuditTrail;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Topics;

/**
 * Rebuilds the compliance read model from the topics: empties its tables and its entries in the
 * processed-event ledger, then moves the consumers of its three channels back to the beginning
 * of their partitions. In that order: an event applied between the two is recorded again and so
 * skipped when it comes round again; an event applied before is wiped and comes round again.
 * The directory copy is kept (it is a compacted, upserted state, not a projection of these topics).
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);

    /** The channels (application.properties) whose events build the read model. */
    static final List<String> CHANNELS = List.of(Topics.DIRECTIVE_EVENTS, Topics.DELIVERY_EVENTS, Topics.NOTIFICATION_EVENTS);

    public record Rebuild(int directivesCleared, int deliveriesCleared, List<String> partitionsRewound) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    KafkaClientService kafka;

    @Inject
    AuditTrail auditTrail;

    public Rebuild start(Caller operator) {
        String[] types = Arrays.stream(EventType.values())
                .filter(t -> CHANNELS.contains(t.topic()))
                .map(EventType::ceType)
                .toArray(String[]::new);
        int[] cleared = QuarkusTransaction.requiringNew().call(() -> {
            int deliveries = entityManager.createNativeQuery("delete from delivery_view").executeUpdate();
            int directives = entityManager.createNativeQuery("delete from directive_view").executeUpdate();
            entityManager.createNativeQuery("delete from processed_event where event_type = any(?1)")
                    .setParameter(1, types)
                    .executeUpdate();
            auditTrail.record(operator, AuditActions.READ_MODEL_REBUILD, "compliance read model",
                    directives + " directives and " + deliveries + " deliveries cleared; " + String.join(", ", CHANNELS) + " consumed again");
            return new int[] { directives, deliveries };
        });
        List<String> rewound = new ArrayList<>();
        for (String channel : CHANNELS) {
            for (KafkaConsumer<Object, Object> consumer : kafka.<Object, Object>getConsumers(channel)) {
                List<TopicPartition> partitions = consumer.runOnPollingThread(c -> {
                    List<TopicPartition> assigned = List.copyOf(c.assignment());
                    c.seekToBeginning(assigned);
                    return assigned;
                }).await().atMost(Duration.ofSeconds(30));
                partitions.forEach(p -> rewound.add(p.toString()));
            }
        }
        LOG.infof("%s rebuilt the compliance read model: %d directives and %d deliveries cleared, %s rewound", operator.name(),
                cleared[0], cleared[1], rewound);
        return new Rebuild(cleared[0], cleared[1], rewound);
    }
}
