package vn.gov.directive.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Topics;
import vn.gov.directive.events.UnitUpserted;

/**
 * A service that keeps a copy of the directory learns a unit from a real UnitUpserted on the
 * real broker, and a redelivery of the same event leaves one copy. Each such service extends
 * this with {@code @QuarkusTest} and says how its copy is read.
 */
public abstract class DirectoryReplicaContract {

    @InjectKafkaCompanion
    protected KafkaCompanion kafka;

    /** The service's topic prefix in %test, e.g. "test-directive.". */
    protected abstract String topicPrefix();

    /** The names the service's copy holds for a unit code: empty when it does not know it. */
    protected abstract List<String> unitNames(String code);

    @Test
    void unitPublishedOnDirectoryEventsReachesTheCopyOnce() {
        String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UnitUpserted unit = new UnitUpserted(code, "Ủy ban nhân dân thử nghiệm", "DISTRICT_PC",
                code.toLowerCase() + "@test.example", List.of("DISTRICT_PCS"), null, null, null);
        ProducerRecord<String, String> record = CloudEventRecords.record(topicPrefix() + Topics.DIRECTORY_EVENTS,
                EventType.UNIT_UPSERTED, code, unit, UUID.randomUUID());

        kafka.produce(String.class, String.class).fromRecords(List.of(record, record)).awaitCompletion(Duration.ofSeconds(20));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(unitNames(code)).containsExactly("Ủy ban nhân dân thử nghiệm"));
    }
}
