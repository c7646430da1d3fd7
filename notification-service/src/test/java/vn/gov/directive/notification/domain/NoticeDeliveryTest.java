package vn.gov.directive.notification.domain;

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

class NoticeDeliveryTest {

    private static final UUID DELIVERY = UUID.randomUUID();
    private static final UUID DIRECTIVE = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-12-01T02:30:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-12-15T10:00:00Z");

    private static NoticeDelivery created(Role role) {
        return NoticeDelivery.of(new DeliveryCreated(DELIVERY, DIRECTIVE, 1, "UBND-HALONG", role, DeliveryStatus.DELIVERED,
                DEADLINE, "12/STTTT-TTBCXB", "V/v thử", Urgency.NORMAL, T0, 1));
    }

    private static DeliveryTransition move(DeliveryStatus from, DeliveryStatus to, long sequence, Instant deadline, int version) {
        return new DeliveryTransition(DELIVERY, DIRECTIVE, version, "UBND-HALONG", from, to, "ubnd-halong",
                T0.plusSeconds(sequence), null, null, null, deadline, sequence);
    }

    @Test
    void aReplayedAcknowledgmentAfterTheReportIsIgnoredAndTheDeliveryStaysUnremindable() {
        NoticeDelivery delivery = created(Role.ACTION);
        DeliveryTransition ack = move(DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED, 2, null, 1);

        assertThat(delivery.apply(EventType.DELIVERY_ACKNOWLEDGED, ack)).isTrue();
        assertThat(delivery.apply(EventType.REPORT_SUBMITTED, move(DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.REPORTED, 3, null, 1)))
                .isTrue();
        assertThat(delivery.apply(EventType.DELIVERY_ACKNOWLEDGED, ack)).isFalse();

        assertThat(delivery.status).isEqualTo(DeliveryStatus.REPORTED);
        assertThat(delivery.sequence).isEqualTo(3);
        assertThat(delivery.remindable()).isFalse();
    }

    @Test
    void anAmendmentBringsItsVersionAndDeadlineAndAnOlderExtensionDoesNotUndoThem() {
        NoticeDelivery delivery = created(Role.ACTION);
        Instant amended = DEADLINE.plusSeconds(7 * 86_400);

        assertThat(delivery.apply(EventType.DELIVERY_AMENDED, move(DeliveryStatus.DELIVERED, DeliveryStatus.DELIVERED, 3, amended, 2)))
                .isTrue();
        assertThat(delivery.apply(EventType.DEADLINE_EXTENDED,
                move(DeliveryStatus.DELIVERED, DeliveryStatus.DELIVERED, 2, DEADLINE.plusSeconds(86_400), 1))).isFalse();

        assertThat(delivery.deadline).isEqualTo(amended);
        assertThat(delivery.version).isEqualTo(2);
        assertThat(delivery.deadlineExtended).isFalse();
    }

    @Test
    void aRecalledDeliveryStaysRecalled() {
        NoticeDelivery delivery = created(Role.COORDINATE);
        delivery.apply(EventType.DELIVERY_RECALLED, move(DeliveryStatus.DELIVERED, DeliveryStatus.RECALLED, 2, null, 1));

        assertThat(delivery.apply(EventType.DEADLINE_EXTENDED,
                move(DeliveryStatus.DELIVERED, DeliveryStatus.DELIVERED, 3, DEADLINE.plusSeconds(86_400), 1))).isTrue();

        assertThat(delivery.status).isEqualTo(DeliveryStatus.RECALLED);
        assertThat(delivery.remindable()).isFalse();
        assertThat(delivery.open()).isFalse();
    }
}
