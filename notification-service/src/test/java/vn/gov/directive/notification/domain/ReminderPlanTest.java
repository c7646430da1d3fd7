package vn.gov.directive.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.directive.notification.domain.WorkingTimeTest.officeHours;
import static vn.gov.directive.notification.domain.WorkingTimeTest.vn;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.directive.events.ReminderPolicy;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;

class ReminderPlanTest {

    static final Set<LocalDate> TET_2027 = Set.of(LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 5),
            LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10));

    static ReminderPlan planAt(String nowInVietnam, Set<LocalDate> holidays) {
        return new ReminderPlan(officeHours(holidays), Clock.fixed(vn(nowInVietnam), ZoneOffset.UTC));
    }

    static List<Instant> dueTimes(List<PlannedReminder> plan) {
        return plan.stream().map(PlannedReminder::dueAt).toList();
    }

    @Test
    void minuteOffsetsBeforeAndAfterTheDeadlineOutsideWorkingTimeRules() {
        ReminderPolicy policy = new ReminderPolicy(List.of(Duration.ofMinutes(10), Duration.ofMinutes(20)),
                Duration.ofMinutes(5), 2, false);
        Instant deadline = vn("2026-12-15T21:00");

        List<PlannedReminder> plan = planAt("2026-12-15T20:00", Set.of()).plan(policy, deadline, Urgency.NORMAL, Role.ACTION);

        assertThat(dueTimes(plan)).containsExactly(vn("2026-12-15T20:40"), vn("2026-12-15T20:50"),
                vn("2026-12-15T21:05"), vn("2026-12-15T21:10"));
        assertThat(plan).extracting(PlannedReminder::step).containsExactly(
                "REMINDER@" + deadline + ":BEFORE:PT20M", "REMINDER@" + deadline + ":BEFORE:PT10M",
                "REMINDER@" + deadline + ":OVERDUE:1", "REMINDER@" + deadline + ":OVERDUE:2");
    }

    @Test
    void aReminderOnASundayWaitsForMondayMorning() {
        // deadline Tuesday 15/12/2026 10:00; two days before is Sunday 13/12
        ReminderPolicy policy = new ReminderPolicy(List.of(Duration.ofDays(2)), null, null, true);
        List<PlannedReminder> plan = planAt("2026-12-01T09:00", Set.of()).plan(policy, vn("2026-12-15T10:00"), Urgency.NORMAL, Role.ACTION);
        assertThat(plan).singleElement().satisfies(r -> {
            assertThat(r.plannedAt()).isEqualTo(vn("2026-12-13T10:00"));
            assertThat(r.dueAt()).isEqualTo(vn("2026-12-14T08:00"));
        });
    }

    @Test
    void aReminderInTetWaitsUntilTheBreakIsOver() {
        // deadline Thursday 11/2/2027 10:00, three days before is Monday 8/2 in the Tết break
        ReminderPolicy policy = new ReminderPolicy(List.of(Duration.ofDays(3)), null, null, null);
        List<PlannedReminder> plan = planAt("2027-01-20T09:00", TET_2027).plan(policy, vn("2027-02-11T10:00"), Urgency.NORMAL, Role.ACTION);
        assertThat(dueTimes(plan)).containsExactly(vn("2027-02-11T08:00"));
    }

    @Test
    void flashDirectivesAndPoliciesThatSaySoIgnoreWorkingTime() {
        ReminderPolicy respecting = new ReminderPolicy(List.of(Duration.ofDays(3)), null, null, true);
        ReminderPolicy ignoring = new ReminderPolicy(List.of(Duration.ofDays(3)), null, null, false);
        ReminderPlan plan = planAt("2027-01-20T09:00", TET_2027);
        assertThat(dueTimes(plan.plan(respecting, vn("2027-02-11T10:00"), Urgency.FLASH, Role.ACTION))).containsExactly(vn("2027-02-08T10:00"));
        assertThat(dueTimes(plan.plan(ignoring, vn("2027-02-11T10:00"), Urgency.NORMAL, Role.ACTION))).containsExactly(vn("2027-02-08T10:00"));
        assertThat(dueTimes(plan.plan(respecting, vn("2027-02-11T10:00"), Urgency.VERY_URGENT, Role.ACTION))).containsExactly(vn("2027-02-11T08:00"));
    }

    @Test
    void overdueRemindersFollowEveryIntervalAtMostMaxOverdueTimesInWorkingTime() {
        // deadline Friday 18/12/2026 16:00; every day after: Sat, Sun -> Monday 08:00 (once), Monday 16:00
        ReminderPolicy policy = new ReminderPolicy(List.of(), Duration.ofDays(1), 3, true);
        List<PlannedReminder> plan = planAt("2026-12-01T09:00", Set.of()).plan(policy, vn("2026-12-18T16:00"), Urgency.NORMAL, Role.ACTION);
        assertThat(dueTimes(plan)).containsExactly(vn("2026-12-21T08:00"), vn("2026-12-21T16:00"));
    }

    @Test
    void remindersAlreadyDueWhenPlannedAreLeftOut() {
        ReminderPolicy policy = new ReminderPolicy(List.of(Duration.ofDays(3), Duration.ofDays(1)), null, null, false);
        List<PlannedReminder> plan = planAt("2026-12-13T09:00", Set.of()).plan(policy, vn("2026-12-15T10:00"), Urgency.NORMAL, Role.ACTION);
        assertThat(dueTimes(plan)).containsExactly(vn("2026-12-14T10:00"));
    }

    @Test
    void noDeadlineOrNoPolicyMeansNoReminder() {
        ReminderPolicy policy = new ReminderPolicy(List.of(Duration.ofDays(1)), Duration.ofDays(1), 2, true);
        ReminderPlan plan = planAt("2026-12-01T09:00", Set.of());
        assertThat(plan.plan(policy, null, Urgency.NORMAL, Role.ACTION)).isEmpty();
        assertThat(plan.plan(null, vn("2026-12-15T10:00"), Urgency.NORMAL, Role.ACTION)).isEmpty();
        assertThat(plan.plan(new ReminderPolicy(null, null, null, null), vn("2026-12-15T10:00"), Urgency.NORMAL, Role.ACTION)).isEmpty();
    }

    @Test
    void aNewDeadlineGivesNewStepsSoTheUnitIsRemindedAgain() {
        ReminderPolicy policy = new ReminderPolicy(List.of(Duration.ofDays(1)), null, null, false);
        ReminderPlan plan = planAt("2026-12-01T09:00", Set.of());
        String first = plan.plan(policy, vn("2026-12-15T10:00"), Urgency.NORMAL, Role.ACTION).get(0).step();
        String extended = plan.plan(policy, vn("2026-12-22T10:00"), Urgency.NORMAL, Role.ACTION).get(0).step();
        assertThat(extended).isNotEqualTo(first);
    }

    @Test
    void aCoordinatingUnitIsRemindedAheadOfTheDeadlineOnlyNeverAsOverdue() {
        ReminderPolicy policy = new ReminderPolicy(List.of(Duration.ofDays(2), Duration.ofDays(1)), Duration.ofDays(1), 3, false);
        ReminderPlan plan = planAt("2026-12-01T09:00", Set.of());
        Instant deadline = vn("2026-12-15T10:00");

        assertThat(plan.plan(policy, deadline, Urgency.NORMAL, Role.COORDINATE)).extracting(PlannedReminder::step)
                .containsExactly("REMINDER@" + deadline + ":BEFORE:" + Duration.ofDays(2), "REMINDER@" + deadline + ":BEFORE:" + Duration.ofDays(1));
        assertThat(plan.plan(policy, deadline, Urgency.NORMAL, Role.ACTION)).extracting(PlannedReminder::step)
                .filteredOn(step -> step.contains("OVERDUE")).hasSize(3);
    }
}
