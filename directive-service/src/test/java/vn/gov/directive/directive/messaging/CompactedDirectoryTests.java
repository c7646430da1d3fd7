package vn.gov.directive.directive.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.common.directory.DirectoryReplica;
import vn.gov.directive.common.directory.ReplicaUnit;
import vn.gov.directive.common.kafka.TopicsConfig;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Topics;
import vn.gov.directive.events.UnitRetired;
import vn.gov.directive.events.UnitUpserted;
import vn.gov.directive.testsupport.CloudEventRecords;
import vn.gov.directive.testsupport.InjectKafkaCompanion;

/**
 * A copy built after compaction: only the last record of each key reaches a replica that has
 * never seen the units (their codes are new), and it knows every one, the retired one with its
 * name, e-mail, groups, validity and successor.
 */
@QuarkusTest
class CompactedDirectoryTests {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    DirectoryReplica replica;

    @Inject
    TopicsConfig config;

    @Test
    void aReplicaFedOnlyTheLastRecordOfEachKeyKnowsEveryUnitRetiredOnesIncluded() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String live = "UBND-MOI-" + suffix;
        String retired = "UBND-CU-" + suffix;
        UnitUpserted liveUnit = new UnitUpserted(live, "Ủy ban nhân dân thị xã mới", "DISTRICT_PC", "moi@quangninh.gov.vn",
                List.of("DISTRICT_PCS"), LocalDate.parse("2024-07-01"), null, null);
        UnitRetired retiredUnit = new UnitRetired(retired, "Ủy ban nhân dân huyện cũ", "DISTRICT_PC", "cu@quangninh.gov.vn",
                List.of("DISTRICT_PCS"), LocalDate.parse("2001-01-01"), LocalDate.parse("2024-06-30"), live);
        String topic = config.topic(Topics.DIRECTORY_EVENTS);
        List<ProducerRecord<String, String>> lastOfEachKey = List.of(
                CloudEventRecords.record(topic, EventType.UNIT_UPSERTED, live, liveUnit, UUID.randomUUID()),
                CloudEventRecords.record(topic, EventType.UNIT_RETIRED, retired, retiredUnit, UUID.randomUUID()));

        kafka.produce(String.class, String.class).fromRecords(lastOfEachKey).awaitCompletion(Duration.ofSeconds(20));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(units(live, retired)).hasSize(2));
        ReplicaUnit copy = units(retired).get(0);
        assertThat(copy).isEqualTo(new ReplicaUnit(retired, "Ủy ban nhân dân huyện cũ", "DISTRICT_PC", "cu@quangninh.gov.vn",
                List.of("DISTRICT_PCS"), LocalDate.parse("2001-01-01"), LocalDate.parse("2024-06-30"), live));
        assertThat(copy.validOn(LocalDate.parse("2024-07-01"))).isFalse();
        assertThat(units(live).get(0).name()).isEqualTo("Ủy ban nhân dân thị xã mới");
    }

    private List<ReplicaUnit> units(String... codes) {
        return QuarkusTransaction.requiringNew().call(() -> replica.units(List.of(codes)));
    }
}
