package vn.gov.directive.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProgressOverTimeTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);

    @Test
    void cumulatesEveryDayFromIssueToToday() {
        ProgressOverTime progress = ProgressOverTime.of(6, List.of(new DailyCount(ISSUED, 2, 0, 0),
                new DailyCount(ISSUED.plusDays(2), 1, 2, 1)), ISSUED, ISSUED.plusDays(3));

        assertThat(progress.points()).containsExactly(
                new ProgressOverTime.Point(ISSUED, 2, 0, 0),
                new ProgressOverTime.Point(ISSUED.plusDays(1), 2, 0, 0),
                new ProgressOverTime.Point(ISSUED.plusDays(2), 3, 2, 1),
                new ProgressOverTime.Point(ISSUED.plusDays(3), 3, 2, 1));
        assertThat(progress.days()).isEqualTo(4);
        assertThat(progress.recipients()).isEqualTo(6);
    }

    @Test
    void startsAtTheFirstEventWhenTheIssueDayIsUnknownOrLater() {
        ProgressOverTime unknown = ProgressOverTime.of(1, List.of(new DailyCount(ISSUED, 1, 0, 0)), null, ISSUED.plusDays(1));
        assertThat(unknown.points()).extracting(ProgressOverTime.Point::day).containsExactly(ISSUED, ISSUED.plusDays(1));

        ProgressOverTime early = ProgressOverTime.of(1, List.of(new DailyCount(ISSUED.minusDays(1), 1, 0, 0)), ISSUED, ISSUED);
        assertThat(early.points()).extracting(ProgressOverTime.Point::day).containsExactly(ISSUED.minusDays(1), ISSUED);
    }

    @Test
    void extendsToAnEventAfterTodayAndKeepsOnlyTheLatestDays() {
        ProgressOverTime future = ProgressOverTime.of(1, List.of(new DailyCount(ISSUED.plusDays(2), 0, 1, 0)), ISSUED, ISSUED);
        assertThat(future.points()).hasSize(3).last().isEqualTo(new ProgressOverTime.Point(ISSUED.plusDays(2), 0, 1, 0));

        ProgressOverTime year = ProgressOverTime.of(1, List.of(new DailyCount(ISSUED, 1, 0, 0)), ISSUED, ISSUED.plusDays(364));
        assertThat(year.points()).hasSize(ProgressOverTime.MAX_DAYS);
        assertThat(year.points().get(0)).isEqualTo(new ProgressOverTime.Point(ISSUED.plusDays(365 - ProgressOverTime.MAX_DAYS), 1, 0, 0));
    }

    @Test
    void nothingToShowWithoutADay() {
        assertThat(ProgressOverTime.of(3, List.of(), null, ISSUED).points()).isEmpty();
    }
}
