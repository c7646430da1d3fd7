package vn.gov.directive.directive.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.DeliveryTransition;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;

class DeliveryProgressTest {

    private static final UUID DELIVERY = UUID.randomUUID();
    private static final UUID DIRECTIVE = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-12-01T02:30:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-12-15T10:00:00Z");

    private static DeliveryCreated created() {
        return new DeliveryCreated(DELIVERY, DIRECTIVE, 1, "UBND-HALONG", Role.ACTION, DeliveryStatus.DELIVERED, DEADLINE,
                "12/STTTT-TTBCXB", "V/v thử", Urgency.NORMAL, T0, 1);
    }

    private static DeliveryTransition move(DeliveryStatus from, DeliveryStatus to, long sequence, Instant deadline) {
        return new DeliveryTransition(DELIVERY, DIRECTIVE, 1, "UBND-HALONG", from, to, "ubnd-halong",
                T0.plusSeconds(sequence * 60), null, null, null, deadline, sequence);
    }

    @Test
    void aReplayedAcknowledgmentAfterTheReportChangesNothing() {
        DeliveryTransition ack = move(DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED, 2, null);
        DeliveryProgress reported = DeliveryProgress.UNKNOWN.created(created())
                .moved(EventType.DELIVERY_ACKNOWLEDGED, ack)
                .moved(EventType.REPORT_SUBMITTED, move(DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.REPORTED, 3, null));

        DeliveryProgress replayed = reported.moved(EventType.DELIVERY_ACKNOWLEDGED, ack);

        assertThat(replayed).isEqualTo(reported);
        assertThat(replayed.status()).isEqualTo(DeliveryStatus.REPORTED);
        assertThat(replayed.sequence()).isEqualTo(3);
    }

    @Test
    void eventsInAnyOrderEndInTheStateOfTheNewest() {
        DeliveryProgress inOrder = DeliveryProgress.UNKNOWN.created(created())
                .moved(EventType.DELIVERY_ACKNOWLEDGED, move(DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED, 2, null))
                .moved(EventType.DELIVERY_RECALLED, move(DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.RECALLED, 3, null));
        DeliveryProgress reversed = DeliveryProgress.UNKNOWN
                .moved(EventType.DELIVERY_RECALLED, move(DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.RECALLED, 3, null))
                .moved(EventType.DELIVERY_ACKNOWLEDGED, move(DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED, 2, null))
                .created(created());

        assertThat(reversed.status()).isEqualTo(DeliveryStatus.RECALLED);
        assertThat(reversed.sequence()).isEqualTo(3);
        assertThat(reversed.role()).isEqualTo(Role.ACTION);
        // what ever happened is kept whichever event brought it
        assertThat(reversed.acknowledgedAt()).isEqualTo(inOrder.acknowledgedAt()).isNotNull();
        assertThat(reversed.deliveredAt()).isNotNull();
        assertThat(reversed).isEqualTo(new DeliveryProgress(Role.ACTION, DeliveryStatus.RECALLED, DEADLINE, 3,
                reversed.deliveredAt(), inOrder.acknowledgedAt(), null));
        assertThat(inOrder.status()).isEqualTo(DeliveryStatus.RECALLED);
    }

    @Test
    void anAmendmentSetsTheDeadlineItNamesAndAnOlderExtensionDoesNotUndoIt() {
        Instant extended = DEADLINE.plusSeconds(86_400);
        Instant amended = DEADLINE.plusSeconds(3 * 86_400);
        DeliveryProgress progress = DeliveryProgress.UNKNOWN.created(created())
                .moved(EventType.DELIVERY_AMENDED, move(DeliveryStatus.DELIVERED, DeliveryStatus.DELIVERED, 3, amended))
                .moved(EventType.DEADLINE_EXTENDED, move(DeliveryStatus.DELIVERED, DeliveryStatus.DELIVERED, 2, extended));

        assertThat(progress.deadline()).isEqualTo(amended);
        assertThat(progress.sequence()).isEqualTo(3);
    }

    @Test
    void anAmendmentThatLeavesNoDeadlineClearsIt() {
        DeliveryProgress progress = DeliveryProgress.UNKNOWN.created(created())
                .moved(EventType.DELIVERY_AMENDED, move(DeliveryStatus.DELIVERED, DeliveryStatus.DELIVERED, 2, null));

        assertThat(progress.deadline()).isNull();
    }
}
