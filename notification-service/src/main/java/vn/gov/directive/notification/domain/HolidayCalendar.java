package vn.gov.directive.notification.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.directive.common.audit.AuditActions;
import vn.gov.directive.common.audit.AuditTrail;
import vn.gov.directive.common.security.Caller;

import io.quarkus.panache.common.Sort;
import vn.gov.directive.notification.config.NotificationConfig;

/**
 * The holiday calendar operators edit, and the working time it makes. Read from the table each
 * time (a few dozen rows), so every replica sees an edit at once.
 */
@ApplicationScoped
public class HolidayCalendar {

    @Inject
    NotificationConfig config;

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    public WorkingTime workingTime() {
        Set<LocalDate> days = Holiday.<Holiday>streamAll().map(h -> h.day).collect(Collectors.toSet());
        NotificationConfig.WorkingHours hours = config.workingHours();
        return new WorkingTime(hours.zone(), hours.start(), hours.end(), days);
    }

    public ReminderPlan reminderPlan() {
        return new ReminderPlan(workingTime(), clock);
    }

    public List<Holiday> holidays(Integer year) {
        if (year == null) {
            return Holiday.listAll(Sort.by("day"));
        }
        return Holiday.list("year(day) = ?1", Sort.by("day"), year);
    }

    /**
     * Replaces one year's holidays, then moves the reminders still waiting for working time
     * to the slots the new calendar gives them.
     *
     * @return the reminders moved
     */
    @Transactional
    public int replaceYear(int year, List<Holiday> holidays, Caller operator) {
        Holiday.delete("year(day) = ?1", year);
        Holiday.getEntityManager().flush();
        holidays.forEach(h -> h.persist());
        Holiday.getEntityManager().flush();
        WorkingTime workingTime = workingTime();
        int moved = 0;
        List<Notification> waiting = Notification.list("status = ?1 and workingHours = true and attempts = 0",
                NotificationStatus.PENDING);
        for (Notification n : waiting) {
            Instant due = workingTime.nextWorkingSlot(n.plannedAt);
            if (!due.equals(n.dueAt)) {
                n.dueAt = due;
                n.nextAttemptAt = due;
                moved++;
            }
        }
        auditTrail.record(operator, AuditActions.HOLIDAYS_REPLACE, "holidays " + year,
                holidays.size() + " holidays, " + moved + " reminders moved");
        return moved;
    }
}
