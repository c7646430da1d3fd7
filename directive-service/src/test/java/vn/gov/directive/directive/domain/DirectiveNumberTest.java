package vn.gov.directive.directive.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.gov.directive.common.time.VietnamTime;

class DirectiveNumberTest {

    @Test
    void numberReadsNumberSlashSymbol() {
        assertThat(new DirectiveNumber(2024, 12, "STTTT-TTBCXB").text()).isEqualTo("12/STTTT-TTBCXB");
    }

    @Test
    void registersStartAtOne() {
        assertThatThrownBy(() -> new DirectiveNumber(2024, 0, "X")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRegisterYearIsVietnamsNotUtcs() {
        // 31 December 2024, 18:00 UTC is already 1 January 2025 in Hà Nội (UTC+7).
        assertThat(VietnamTime.yearOf(Instant.parse("2024-12-31T18:00:00Z"))).isEqualTo(2025);
        assertThat(VietnamTime.yearOf(Instant.parse("2024-12-31T16:59:59Z"))).isEqualTo(2024);
    }
}
