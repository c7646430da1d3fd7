package vn.gov.directive.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.directive.common.time.VietnamTime;

class WorkingTimeTest {

    static final Set<LocalDate> QUOC_KHANH_2024 = Set.of(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 3));

    static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VietnamTime.ZONE).toInstant();
    }

    static WorkingTime officeHours(Set<LocalDate> holidays) {
        return new WorkingTime(VietnamTime.ZONE, LocalTime.of(8, 0), LocalTime.of(17, 0), holidays);
    }

    @Test
    void workingTimeIsEightToFiveInVietnamOnWeekdays() {
        WorkingTime time = officeHours(Set.of());
        assertThat(time.isWorkingTime(vn("2026-12-14T08:00"))).isTrue();
        assertThat(time.isWorkingTime(vn("2026-12-14T16:59:59"))).isTrue();
        assertThat(time.isWorkingTime(vn("2026-12-14T17:00"))).isFalse();
        assertThat(time.isWorkingTime(vn("2026-12-14T07:59:59"))).isFalse();
        assertThat(time.isWorkingTime(vn("2026-12-12T10:00"))).as("Saturday").isFalse();
        assertThat(time.isWorkingTime(vn("2026-12-13T10:00"))).as("Sunday").isFalse();
        // 01:30 UTC is 08:30 in Hà Nội: the zone decides, not UTC
        assertThat(time.isWorkingTime(Instant.parse("2026-12-14T01:30:00Z"))).isTrue();
    }

    @Test
    void aMomentInsideWorkingTimeStaysWhereItIs() {
        assertThat(officeHours(Set.of()).nextWorkingSlot(vn("2026-12-15T10:17"))).isEqualTo(vn("2026-12-15T10:17"));
    }

    @Test
    void earlyMorningMovesToEightTheSameDayAndEveningToEightTheNextDay() {
        WorkingTime time = officeHours(Set.of());
        assertThat(time.nextWorkingSlot(vn("2026-12-15T06:30"))).isEqualTo(vn("2026-12-15T08:00"));
        assertThat(time.nextWorkingSlot(vn("2026-12-15T17:00"))).isEqualTo(vn("2026-12-16T08:00"));
    }

    @Test
    void fridayEveningAndTheWeekendMoveToMondayMorning() {
        WorkingTime time = officeHours(Set.of());
        assertThat(time.nextWorkingSlot(vn("2026-12-18T18:00"))).isEqualTo(vn("2026-12-21T08:00"));
        assertThat(time.nextWorkingSlot(vn("2026-12-19T09:00"))).isEqualTo(vn("2026-12-21T08:00"));
        assertThat(time.nextWorkingSlot(vn("2026-12-20T23:59"))).isEqualTo(vn("2026-12-21T08:00"));
    }

    @Test
    void holidaysAreSkippedLikeWeekends() {
        // Quốc khánh 2024: Monday 2/9 and Tuesday 3/9 off, after the weekend of 31/8-1/9
        WorkingTime time = officeHours(QUOC_KHANH_2024);
        assertThat(time.nextWorkingSlot(vn("2024-08-30T17:30"))).isEqualTo(vn("2024-09-04T08:00"));
        assertThat(time.isWorkingDay(LocalDate.of(2024, 9, 3))).isFalse();
        assertThat(time.isWorkingDay(LocalDate.of(2024, 9, 4))).isTrue();
    }

    @Test
    void tetMovesAReminderPastTheWholeBreak() {
        // Tết Giáp Thìn: Thursday 8/2/2024 to Wednesday 14/2/2024
        Set<LocalDate> tet = new HashSet<>();
        for (LocalDate d = LocalDate.of(2024, 2, 8); !d.isAfter(LocalDate.of(2024, 2, 14)); d = d.plusDays(1)) {
            tet.add(d);
        }
        assertThat(officeHours(tet).nextWorkingSlot(vn("2024-02-08T09:00"))).isEqualTo(vn("2024-02-15T08:00"));
    }

    @Test
    void aCalendarWithoutWorkingDaysIsRefusedRatherThanLoopingForEver() {
        Set<LocalDate> everyDay = new HashSet<>();
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() < 2028; d = d.plusDays(1)) {
            everyDay.add(d);
        }
        assertThatThrownBy(() -> officeHours(everyDay).nextWorkingSlot(vn("2026-06-01T09:00")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void hoursMustStartBeforeTheyEnd() {
        assertThatThrownBy(() -> new WorkingTime(VietnamTime.ZONE, LocalTime.of(17, 0), LocalTime.of(8, 0), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
