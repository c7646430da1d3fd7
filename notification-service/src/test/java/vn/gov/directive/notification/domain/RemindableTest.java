package vn.gov.directive.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;

class RemindableTest {

    @ParameterizedTest
    @EnumSource(DeliveryStatus.class)
    void aCoordinatingUnitIsRemindedOnlyUntilItAcknowledges(DeliveryStatus status) {
        boolean notYetAcknowledged = status == DeliveryStatus.PENDING || status == DeliveryStatus.DELIVERED;

        assertThat(Remindable.remindable(Role.COORDINATE, status)).isEqualTo(notYetAcknowledged);
    }

    @Test
    void anActionUnitIsRemindedUntilItReportsAfterItsAcknowledgment() {
        assertThat(Remindable.remindable(Role.ACTION, DeliveryStatus.DELIVERED)).isTrue();
        assertThat(Remindable.remindable(Role.ACTION, DeliveryStatus.ACKNOWLEDGED)).isTrue();
        assertThat(Remindable.remindable(Role.ACTION, DeliveryStatus.REVISION_REQUESTED)).isTrue();
        assertThat(Remindable.remindable(Role.ACTION, DeliveryStatus.REPORTED)).isFalse();
        assertThat(Remindable.remindable(Role.ACTION, DeliveryStatus.RECALLED)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(DeliveryStatus.class)
    void unitsThatOnlyReceiveAreNeverReminded(DeliveryStatus status) {
        assertThat(Remindable.remindable(Role.FOR_REPORT, status)).isFalse();
        assertThat(Remindable.remindable(Role.FOR_INFO, status)).isFalse();
    }
}
