package vn.gov.directive.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class VietnamTimeTest {

    @Test
    void deadlinesReadAsInVietnam() {
        assertThat(VietnamTime.format(Instant.parse("2026-12-15T10:00:00Z"))).isEqualTo("17:00 thứ Ba, 15/12/2026");
        assertThat(VietnamTime.format(Instant.parse("2026-12-14T10:00:00Z"))).isEqualTo("17:00 thứ Hai, 14/12/2026");
        // 20:30 UTC on Saturday is already Sunday morning in Hà Nội
        assertThat(VietnamTime.format(Instant.parse("2026-12-19T20:30:00Z"))).isEqualTo("03:30 Chủ nhật, 20/12/2026");
        assertThat(VietnamTime.format(null)).isNull();
    }
}
