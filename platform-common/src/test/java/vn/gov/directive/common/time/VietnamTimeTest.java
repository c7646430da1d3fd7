package vn.gov.directive.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class VietnamTimeTest {

    private static final Instant FIVE_PM_MONDAY_7_DEC = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void writesInstantsInVietnamTime() {
        assertThat(VietnamTime.dateTime(FIVE_PM_MONDAY_7_DEC)).isEqualTo("07/12/2026 17:00");
        assertThat(VietnamTime.spoken(FIVE_PM_MONDAY_7_DEC)).isEqualTo("17:00 thứ Hai, 07/12/2026");
        assertThat(VietnamTime.date(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
        assertThat(VietnamTime.dateTime(null)).isEmpty();
    }

    @Test
    void theCalendarDayIsVietnams() {
        Instant lateEveningUtc = Instant.parse("2025-12-31T18:30:00Z");
        assertThat(VietnamTime.dayOf(lateEveningUtc)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(VietnamTime.yearOf(lateEveningUtc)).isEqualTo(2026);
    }

    @Test
    void readsWhatPeopleTypeStrictly() {
        assertThat(VietnamTime.parse("7/12/2026 17:00")).contains(FIVE_PM_MONDAY_7_DEC);
        assertThat(VietnamTime.parse("2026-12-07T17:00")).contains(FIVE_PM_MONDAY_7_DEC);
        assertThat(VietnamTime.parse("31/02/2026 17:00")).isEmpty();
        assertThat(VietnamTime.parse("")).isEmpty();
    }

    @Test
    void datesALetter() {
        assertThat(VietnamTime.letterDate("Quảng Ninh", Instant.parse("2024-04-08T03:00:00Z")))
                .isEqualTo("Quảng Ninh, ngày 08 tháng 4 năm 2024");
        assertThat(VietnamTime.letterDate("", Instant.parse("2024-04-08T03:00:00Z"))).isEqualTo("Ngày 08 tháng 4 năm 2024");
    }
}
