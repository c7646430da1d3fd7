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

/** Events applied to one delivery in every order leave the same row. */
class TrackedDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

    private record Step(String name, BiConsumer<TrackedDelivery, TrackedDirective> apply) {
    }

    private static final List<Step> LIFE = List.of(
            new Step("created", (d, dir) -> {
                d.delivered(T0);
                d.setDeadline(T0.plusSeconds(1000), T0, false);
                d.moveTo(DeliveryStatus.DELIVERED, T0);
            }),
            new Step("acknowledged", (d, dir) -> {
                d.delivered(T0.plusSeconds(10));
                d.acknowledged(T0.plusSeconds(10), dir);
                d.moveTo(DeliveryStatus.ACKNOWLEDGED, T0.plusSeconds(10));
            }),
            new Step("reported", (d, dir) -> {
                d.reported(T0.plusSeconds(20), Map.of("soTin", 1), dir);
                d.moveTo(DeliveryStatus.REPORTED, T0.plusSeconds(20));
            }),
            new Step("revision", (d, dir) -> d.moveTo(DeliveryStatus.REVISION_REQUESTED, T0.plusSeconds(30))),
            new Step("reported again", (d, dir) -> {
                d.reported(T0.plusSeconds(40), Map.of("soTin", 2), dir);
                d.moveTo(DeliveryStatus.REPORTED, T0.plusSeconds(40));
            }),
            new Step("extended", (d, dir) -> d.setDeadline(T0.plusSeconds(5000), T0.plusSeconds(35), true)));

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
    void anAmendmentAsksForANewAcknowledgmentUnlessItCameLater() {
        TrackedDirective directive = new TrackedDirective();
        TrackedDelivery before = apply(LIFE.subList(0, 2));
        directive.amendedAt = T0.plusSeconds(15);
        before.amended(T0.plusSeconds(15));
        assertThat(before.status).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(before.acknowledgedAt).isNull();
        // the acknowledgment of the old version arriving after the amendment does not count
        before.acknowledged(T0.plusSeconds(10), directive);
        before.moveTo(DeliveryStatus.ACKNOWLEDGED, T0.plusSeconds(10));
        assertThat(before.acknowledgedAt).isNull();
        assertThat(before.status).isEqualTo(DeliveryStatus.DELIVERED);

        TrackedDelivery after = apply(LIFE.subList(0, 2));
        after.amended(T0.plusSeconds(5));
        assertThat(after.status).isEqualTo(DeliveryStatus.ACKNOWLEDGED);
        assertThat(after.acknowledgedAt).isNotNull();
    }

    @Test
    void aRecallClosesOpenDeliveriesButNotACompletedOne() {
        TrackedDelivery open = apply(LIFE.subList(0, 2));
        open.moveTo(DeliveryStatus.RECALLED, T0.plusSeconds(100));
        assertThat(open.status).isEqualTo(DeliveryStatus.RECALLED);

        TrackedDelivery completed = apply(LIFE.subList(0, 3));
        completed.moveTo(DeliveryStatus.RECALLED, T0.plusSeconds(100));
        completed.moveTo(DeliveryStatus.COMPLETED, T0.plusSeconds(50));
        assertThat(completed.status).isEqualTo(DeliveryStatus.COMPLETED);
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
