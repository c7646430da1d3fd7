package vn.gov.directive.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;

import vn.gov.directive.events.DeliveryStatus;

/** Events applied to one delivery in every order leave the same row: the state by sequence, the stamps by time. */
class TrackedDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

    private record Step(String name, BiConsumer<TrackedDelivery, TrackedDirective> apply) {
    }

    private static final List<Step> LIFE = List.of(
            new Step("created", (d, dir) -> {
                d.delivered(T0);
                d.setDeadline(T0.plusSeconds(1000), T0, false);
                d.moveTo(DeliveryStatus.DELIVERED, T0, 1);
            }),
            new Step("acknowledged", (d, dir) -> {
                d.delivered(T0.plusSeconds(10));
                d.acknowledged(T0.plusSeconds(10), dir);
                d.moveTo(DeliveryStatus.ACKNOWLEDGED, T0.plusSeconds(10), 2);
            }),
            new Step("reported", (d, dir) -> {
                d.reported(T0.plusSeconds(20), Map.of("soTin", 1), dir);
                d.moveTo(DeliveryStatus.REPORTED, T0.plusSeconds(20), 3);
            }),
            new Step("revision", (d, dir) -> d.moveTo(DeliveryStatus.REVISION_REQUESTED, T0.plusSeconds(30), 4)),
            new Step("reported again", (d, dir) -> {
                d.reported(T0.plusSeconds(40), Map.of("soTin", 2), dir);
                d.moveTo(DeliveryStatus.REPORTED, T0.plusSeconds(40), 6);
            }),
            new Step("extended", (d, dir) -> {
                d.setDeadline(T0.plusSeconds(5000), T0.plusSeconds(35), true);
                d.moveTo(DeliveryStatus.REVISION_REQUESTED, T0.plusSeconds(35), 5);
            }));

    @Test
    void everyOrderOfArrivalGivesTheSameRow() {
        List<Step> steps = new ArrayList<>(LIFE);
        for (long seed = 0; seed < 50; seed++) {
            Collections.shuffle(steps, new java.util.Random(seed));
            TrackedDelivery delivery = apply(steps);
            assertThat(delivery.status).as("order %s", names(steps)).isEqualTo(DeliveryStatus.REPORTED);
            assertThat(delivery.reportFields).isEqualTo(Map.of("soTin", 2));
            assertThat(delivery.reportedAt).isEqualTo(T0.plusSeconds(40));
            assertThat(delivery.deadline).isEqualTo(T0.plusSeconds(5000));
            assertThat(delivery.deadlineExtended).isTrue();
            assertThat(delivery.deliveredAt).isEqualTo(T0);
            assertThat(delivery.acknowledgedAt).isEqualTo(T0.plusSeconds(10));
        }
    }

    @Test
    void anAmendmentAsksForANewAcknowledgmentUnlessALaterOneCameFirst() {
        TrackedDirective directive = new TrackedDirective();
        TrackedDelivery before = apply(LIFE.subList(0, 2));
        directive.amendedAt = T0.plusSeconds(15);
        amend(before, 3, T0.plusSeconds(15));
        assertThat(before.status).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(before.acknowledgedAt).isNull();
        assertThat(before.deadline).isEqualTo(T0.plusSeconds(9000));
        // the acknowledgment of the old version replayed after the amendment counts for nothing
        before.acknowledged(T0.plusSeconds(10), directive);
        assertThat(before.moveTo(DeliveryStatus.ACKNOWLEDGED, T0.plusSeconds(10), 2)).isFalse();
        assertThat(before.acknowledgedAt).isNull();
        assertThat(before.status).isEqualTo(DeliveryStatus.DELIVERED);

        // the acknowledgment of the new version (sequence 4) arrived before the amendment (3)
        TrackedDelivery after = apply(LIFE.subList(0, 1));
        after.acknowledged(T0.plusSeconds(20), directive);
        after.moveTo(DeliveryStatus.ACKNOWLEDGED, T0.plusSeconds(20), 4);
        amend(after, 3, T0.plusSeconds(15));
        assertThat(after.status).isEqualTo(DeliveryStatus.ACKNOWLEDGED);
        assertThat(after.acknowledgedAt).isEqualTo(T0.plusSeconds(20));
    }

    @Test
    void aReplayedAcknowledgmentAfterTheReportLeavesItReported() {
        TrackedDelivery delivery = apply(LIFE.subList(0, 3));

        assertThat(delivery.moveTo(DeliveryStatus.ACKNOWLEDGED, T0.plusSeconds(10), 2)).isFalse();

        assertThat(delivery.status).isEqualTo(DeliveryStatus.REPORTED);
        assertThat(delivery.sequence).isEqualTo(3);
    }

    @Test
    void aRecallClosesTheDeliveryAndNoOlderEventReopensIt() {
        TrackedDelivery open = apply(LIFE.subList(0, 2));
        assertThat(open.moveTo(DeliveryStatus.RECALLED, T0.plusSeconds(100), 3)).isTrue();
        assertThat(open.moveTo(DeliveryStatus.REPORTED, T0.plusSeconds(20), 2)).isFalse();
        assertThat(open.status).isEqualTo(DeliveryStatus.RECALLED);
    }

    /** What the projection does with a DeliveryAmended of this sequence, from ACKNOWLEDGED to DELIVERED. */
    private static void amend(TrackedDelivery delivery, long sequence, Instant at) {
        boolean newest = delivery.moveTo(DeliveryStatus.DELIVERED, at, sequence);
        delivery.amended(DeliveryStatus.ACKNOWLEDGED, newest, T0.plusSeconds(9000), at);
    }

    private static TrackedDelivery apply(List<Step> steps) {
        TrackedDirective directive = new TrackedDirective();
        TrackedDelivery delivery = new TrackedDelivery();
        delivery.key = new DeliveryKey(UUID.randomUUID(), "UBND-HALONG");
        delivery.status = DeliveryStatus.PENDING;
        steps.forEach(step -> step.apply().accept(delivery, directive));
        return delivery;
    }

    private static List<String> names(List<Step> steps) {
        return steps.stream().map(Step::name).toList();
    }
}
