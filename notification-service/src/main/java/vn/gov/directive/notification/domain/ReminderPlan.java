package vn.gov.directive.notification.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.gov.directive.events.ReminderPolicy;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;

/**
 * Turns a directive's reminder policy and a delivery's deadline into the reminders still to come:
 * each {@code before} offset ahead of the deadline, then every {@code overdueEvery} after it at
 * most {@code maxOverdue} times. Unless the policy says otherwise or the directive is FLASH
 * (Hỏa tốc), a reminder outside working time moves to the next working slot.
 * <p>
 * Step keys name the deadline they were computed for: after an extension the unit is reminded
 * again ahead of the new deadline, while a reminder already sent is never sent twice.
 * Reminders already due when the plan is made are left out (the unit has just been told), and
 * two that land on the same slot are sent as one.
 * <p>
 * Only an ACTION unit owes a report, so only it is reminded after the deadline (overdue is an
 * ACTION delivery's state, DESIGN §4); a COORDINATE unit is reminded ahead of the deadline to
 * acknowledge, and {@link Remindable} stops even that once it has.
 */
public final class ReminderPlan {

    private final WorkingTime workingTime;
    private final Clock clock;

    public ReminderPlan(WorkingTime workingTime, Clock clock) {
        this.workingTime = workingTime;
        this.clock = clock;
    }

    public List<PlannedReminder> plan(ReminderPolicy policy, Instant deadline, Urgency urgency, Role role) {
        if (policy == null || deadline == null) {
            return List.of();
        }
        boolean inWorkingTime = respectsWorkingTime(policy, urgency);
        Instant now = clock.instant();
        String prefix = "REMINDER@" + deadline + ":";
        List<PlannedReminder> reminders = new ArrayList<>();
        Set<Instant> slots = new HashSet<>();
        for (Duration before : sortedLongestFirst(policy.before())) {
            add(reminders, slots, prefix + "BEFORE:" + before, deadline.minus(before), inWorkingTime, now);
        }
        int overdue = policy.maxOverdue() == null ? 0 : policy.maxOverdue();
        Duration every = policy.overdueEvery();
        if (role == Role.ACTION && every != null && !every.isZero() && !every.isNegative()) {
            for (int n = 1; n <= overdue; n++) {
                add(reminders, slots, prefix + "OVERDUE:" + n, deadline.plus(every.multipliedBy(n)), inWorkingTime, now);
            }
        }
        return List.copyOf(reminders);
    }

    public static boolean respectsWorkingTime(ReminderPolicy policy, Urgency urgency) {
        return urgency != Urgency.FLASH && !Boolean.FALSE.equals(policy.respectWorkingHours());
    }

    private void add(List<PlannedReminder> reminders, Set<Instant> slots, String step, Instant plannedAt,
            boolean inWorkingTime, Instant now) {
        Instant due = inWorkingTime ? workingTime.nextWorkingSlot(plannedAt) : plannedAt;
        if (due.isBefore(now) || !slots.add(due)) {
            return;
        }
        reminders.add(new PlannedReminder(step, plannedAt, due));
    }

    private static List<Duration> sortedLongestFirst(List<Duration> before) {
        if (before == null) {
            return List.of();
        }
        return before.stream().filter(d -> d != null && !d.isNegative()).distinct()
                .sorted((a, b) -> b.compareTo(a)).toList();
    }
}
