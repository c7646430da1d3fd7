package vn.gov.directive.distribution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.ReportField;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.TaskSummary;

class FanOutPlanTest {

    private static final Instant DIRECTIVE_DEADLINE = Instant.parse("2026-12-31T10:00:00Z");
    private static final Instant TASK_DEADLINE = Instant.parse("2026-12-15T10:00:00Z");
    private static final ReportField SESSIONS = new ReportField("sessions", "Số buổi", "INTEGER", true);

    private static final List<TaskSummary> TASKS = List.of(
            new TaskSummary("T1", "Tuyên truyền", List.of("UBND-HALONG", "UBND-CAMPHA"), TASK_DEADLINE, List.of(SESSIONS)),
            new TaskSummary("T2", "Đăng tin", List.of("TTTT-TINH"), Instant.parse("2027-01-15T10:00:00Z"), null),
            new TaskSummary("T3", "Phối hợp", List.of("CA-TINH"), null, null));

    @Test
    void oneDeliveryPerUnitWithItsStrongestRole() {
        List<FanOutPlan.Planned> plan = FanOutPlan.plan(List.of(new Recipient("UBND-HALONG", Role.FOR_INFO),
                new Recipient("CA-TINH", Role.COORDINATE), new Recipient("UBND-HALONG", Role.ACTION),
                new Recipient("UBND-HALONG", Role.COORDINATE)), DIRECTIVE_DEADLINE, TASKS);

        assertThat(plan).extracting(FanOutPlan.Planned::unit).containsExactly("UBND-HALONG", "CA-TINH");
        assertThat(plan).extracting(FanOutPlan.Planned::role).containsExactly(Role.ACTION, Role.COORDINATE);
    }

    @Test
    void aUnitsDeadlineIsTheEarliestOfTheDirectivesAndItsOwnTasks() {
        List<FanOutPlan.Planned> plan = FanOutPlan.plan(List.of(new Recipient("UBND-HALONG", Role.ACTION),
                new Recipient("TTTT-TINH", Role.ACTION), new Recipient("CA-TINH", Role.COORDINATE),
                new Recipient("STP", Role.ACTION)), DIRECTIVE_DEADLINE, TASKS);

        assertThat(plan).extracting(FanOutPlan.Planned::deadline)
                .containsExactly(TASK_DEADLINE, DIRECTIVE_DEADLINE, DIRECTIVE_DEADLINE, DIRECTIVE_DEADLINE);
    }

    @Test
    void withoutADirectiveDeadlineOnlyTaskDeadlinesCount() {
        List<FanOutPlan.Planned> plan = FanOutPlan.plan(List.of(new Recipient("UBND-HALONG", Role.ACTION),
                new Recipient("STP", Role.ACTION)), null, TASKS);

        assertThat(plan).extracting(FanOutPlan.Planned::deadline).containsExactly(TASK_DEADLINE, null);
        assertThat(FanOutPlan.plan(List.of(new Recipient("STP", Role.ACTION)), null, null))
                .extracting(FanOutPlan.Planned::deadline).containsOnlyNulls();
    }

    @Test
    void aUnitReportsTheFieldsOfItsOwnTasks() {
        assertThat(FanOutPlan.reportFieldsOf("UBND-CAMPHA", TASKS)).containsExactly(SESSIONS);
        assertThat(FanOutPlan.reportFieldsOf("TTTT-TINH", TASKS)).isEmpty();
        assertThat(FanOutPlan.reportFieldsOf("STP", null)).isEmpty();
    }
}
