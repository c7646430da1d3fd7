package vn.gov.directive.distribution.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void timesAreShownInVietnamTime() {
        assertThat(Formats.time(Instant.parse("2024-04-08T17:30:00Z"))).isEqualTo("09/04/2024 00:30");
        assertThat(Formats.time(null)).isEmpty();
    }

    @Test
    void aLetterIsDatedAsDecree30Says() {
        assertThat(Formats.letterDate("Quảng Ninh", Instant.parse("2024-04-08T02:00:00Z"))).isEqualTo("Quảng Ninh, ngày 08 tháng 4 năm 2024");
        assertThat(Formats.letterDate(null, Instant.parse("2024-12-31T18:00:00Z"))).isEqualTo("Ngày 01 tháng 1 năm 2025");
    }

    @Test
    void aDeadlineTypedInVietnamTimeIsThatInstant() {
        Instant deadline = Formats.parseInput("2026-12-15T17:00").orElseThrow();
        assertThat(deadline).isEqualTo(Instant.parse("2026-12-15T10:00:00Z"));
        assertThat(Formats.inputValue(deadline)).isEqualTo("2026-12-15T17:00");
        assertThat(Formats.parseInput("15/12/2026")).isEmpty();
    }

    @Test
    void theBodySplitsIntoParagraphsAtBlankLines() {
        assertThat(DeliveryDetail.paragraphs("Kính gửi:\n- Sở A;\n \n\nThời gian gần đây...\n\n  Trân trọng./. "))
                .containsExactly("Kính gửi:\n- Sở A;", "Thời gian gần đây...", "Trân trọng./.");
    }
}
