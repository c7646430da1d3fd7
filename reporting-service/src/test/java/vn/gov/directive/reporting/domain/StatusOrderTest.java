package vn.gov.directive.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.directive.events.DeliveryStatus.ACKNOWLEDGED;
import static vn.gov.directive.events.DeliveryStatus.COMPLETED;
import static vn.gov.directive.events.DeliveryStatus.DELIVERED;
import static vn.gov.directive.events.DeliveryStatus.PENDING;
import static vn.gov.directive.events.DeliveryStatus.RECALLED;
import static vn.gov.directive.events.DeliveryStatus.REPORTED;
import static vn.gov.directive.events.DeliveryStatus.RETURNED;
import static vn.gov.directive.events.DeliveryStatus.REVISION_REQUESTED;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class StatusOrderTest {

    private static final Instant T1 = Instant.parse("2026-03-01T01:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);

    @Test
    void aLaterEventWinsAnEarlierOneDoesNot() {
        assertThat(StatusOrder.supersedes(DELIVERED, T1, ACKNOWLEDGED, T2)).isTrue();
        assertThat(StatusOrder.supersedes(ACKNOWLEDGED, T2, DELIVERED, T1)).isFalse();
    }

    @Test
    void cyclesAreOrderedByTimeNotByRank() {
        // reported again after a revision request: later, though "less advanced" than REPORTED... and back
        assertThat(StatusOrder.supersedes(REPORTED, T1, REVISION_REQUESTED, T2)).isTrue();
        assertThat(StatusOrder.supersedes(REVISION_REQUESTED, T1, REPORTED, T2)).isTrue();
        assertThat(StatusOrder.supersedes(REPORTED, T2, REVISION_REQUESTED, T1)).isFalse();
        // an amendment sends an acknowledged delivery back to DELIVERED
        assertThat(StatusOrder.supersedes(ACKNOWLEDGED, T1, DELIVERED, T2)).isTrue();
    }

    @Test
    void sameInstantGoesToTheFurtherState() {
        assertThat(StatusOrder.supersedes(ACKNOWLEDGED, T1, REPORTED, T1)).isTrue();
        assertThat(StatusOrder.supersedes(REPORTED, T1, ACKNOWLEDGED, T1)).isFalse();
    }

    @Test
    void aClosedDeliveryNeverReopens() {
        assertThat(StatusOrder.supersedes(RECALLED, T1, REPORTED, T2)).isFalse();
        assertThat(StatusOrder.supersedes(REPORTED, T2, RECALLED, T1)).isTrue();
    }

    @Test
    void ofTwoClosingEventsTheEarlierClosedIt() {
        // accepted, then the directive recalled: it stays completed, in either order of arrival
        assertThat(StatusOrder.supersedes(COMPLETED, T1, RECALLED, T2)).isFalse();
        assertThat(StatusOrder.supersedes(RECALLED, T2, COMPLETED, T1)).isTrue();
        assertThat(StatusOrder.supersedes(RETURNED, T1, RECALLED, T2)).isFalse();
    }

    @Test
    void aRowNoEventHasSetTakesAnyState() {
        assertThat(StatusOrder.supersedes(PENDING, null, DELIVERED, T1)).isTrue();
        assertThat(StatusOrder.supersedes(null, null, ACKNOWLEDGED, T1)).isTrue();
    }
}
