package vn.gov.directive.distribution.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.ReportField;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.TaskSummary;

/**
 * What a directive owes each recipient unit, computed from the event alone.
 * <ul>
 * <li>One delivery per unit: a unit listed twice keeps its strongest role (the producer already
 * expands so, but a duplicate must not break the fan-out's unique key).</li>
 * <li>A unit's deadline is the earliest of the directive's deadline and the own deadlines of the
 * tasks assigned to it: that is when its work is due and when it is overdue. Without any, it
 * has no deadline.</li>
 * <li>A unit's report fields are those of the tasks assigned to it.</li>
 * </ul>
 */
public final class FanOutPlan {

    public record Planned(String unit, Role role, Instant deadline) {
    }

    private FanOutPlan() {
    }

    public static List<Planned> plan(List<Recipient> recipients, Instant directiveDeadline, List<TaskSummary> tasks) {
        Map<String, Role> strongest = new LinkedHashMap<>();
        for (Recipient recipient : recipients) {
            strongest.merge(recipient.unit(), recipient.role(), (a, b) -> b.isStrongerThan(a) ? b : a);
        }
        Map<String, Instant> deadlines = deadlinesByUnit(directiveDeadline, tasks);
        List<Planned> planned = new ArrayList<>(strongest.size());
        strongest.forEach((unit, role) -> planned.add(new Planned(unit, role, deadlines.getOrDefault(unit, directiveDeadline))));
        return planned;
    }

    /** Each unit's deadline in one pass over the tasks (a task may name thousands of units). */
    public static Map<String, Instant> deadlinesByUnit(Instant directiveDeadline, List<TaskSummary> tasks) {
        Map<String, Instant> deadlines = new HashMap<>();
        if (tasks != null) {
            for (TaskSummary task : tasks) {
                if (task.deadline() != null && task.assignees() != null) {
                    for (String unit : task.assignees()) {
                        deadlines.merge(unit, task.deadline(), FanOutPlan::earliest);
                    }
                }
            }
        }
        if (directiveDeadline != null) {
            deadlines.replaceAll((unit, deadline) -> earliest(deadline, directiveDeadline));
        }
        return deadlines;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    public static List<ReportField> reportFieldsOf(String unit, List<TaskSummary> tasks) {
        return tasksOf(unit, tasks).flatMap(t -> t.reportFields() == null ? Stream.empty() : t.reportFields().stream()).toList();
    }

    private static Stream<TaskSummary> tasksOf(String unit, List<TaskSummary> tasks) {
        return tasks == null ? Stream.empty()
                : tasks.stream().filter(t -> t.assignees() != null && t.assignees().contains(unit));
    }
}
