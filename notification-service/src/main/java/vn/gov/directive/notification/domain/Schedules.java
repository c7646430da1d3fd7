package vn.gov.directive.notification.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.directive.events.ReminderPolicy;
import vn.gov.directive.notification.config.NotificationConfig;

/**
 * Writes the notifications of a delivery. Every row is keyed by (delivery, step), so writing the
 * same one twice (a redelivered event, a rebuilt schedule) leaves one row, and a row already
 * sent or being retried is never touched.
 */
@ApplicationScoped
public class Schedules {

    private static final String INSERT = """
            insert into notification (id, delivery_id, directive_id, unit, kind, step, detail, planned_at,
                working_hours, due_at, status, attempts, next_attempt_at, created_at)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'PENDING', 0, ?10, ?11)
            """;
    /** A reminder not yet attempted takes its new time; a cancelled one comes back (e.g. after a revision request). */
    private static final String UPSERT_REMINDER = INSERT + """
            on conflict (delivery_id, step) do update set planned_at = excluded.planned_at,
                working_hours = excluded.working_hours, due_at = excluded.due_at,
                next_attempt_at = excluded.next_attempt_at, status = 'PENDING', last_error = null
            where notification.attempts = 0 and notification.status in ('PENDING', 'CANCELLED')""";
    private static final String INSERT_ONCE = INSERT + " on conflict (delivery_id, step) do nothing";

    @Inject
    EntityManager entityManager;

    @Inject
    HolidayCalendar calendar;

    @Inject
    NotificationConfig config;

    @Inject
    Clock clock;

    /** A mail due at once (notice, amendment, recall); a second call for the same step adds nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sendNow(NoticeDelivery delivery, NotificationKind kind, String step, String detail) {
        Instant now = clock.instant();
        write(INSERT_ONCE, Notification.due(delivery, kind, step, detail, now, now, false));
    }

    /**
     * Brings a delivery's reminders in line with what is known of it now: none when its directive
     * is not known yet, it has no deadline, or the unit has nothing left to do; else the
     * policy's reminders for its current deadline. Reminders of an earlier deadline that were not
     * sent are cancelled.
     *
     * @return the reminders planned
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int rebuild(NoticeDelivery delivery, NoticeDirective directive) {
        List<PlannedReminder> planned = List.of();
        boolean workingHours = false;
        if (directive != null && !directive.recalled() && delivery.remindable()) {
            ReminderPolicy policy = directive.policyOr(defaultPolicy());
            workingHours = ReminderPlan.respectsWorkingTime(policy, delivery.urgency);
            planned = calendar.reminderPlan().plan(policy, delivery.deadline, delivery.urgency, delivery.role);
        }
        entityManager.flush();
        entityManager.createNativeQuery("""
                update notification set status = 'CANCELLED', last_error = ?3
                where delivery_id = ?1 and kind = 'REMINDER' and status = 'PENDING' and attempts = 0
                  and not (step = any(?2))""")
                .setParameter(1, delivery.deliveryId)
                .setParameter(2, planned.stream().map(PlannedReminder::step).toArray(String[]::new))
                .setParameter(3, "no longer planned: delivery " + delivery.status + ", deadline " + delivery.deadline)
                .executeUpdate();
        for (PlannedReminder reminder : planned) {
            write(UPSERT_REMINDER, Notification.due(delivery, NotificationKind.REMINDER, reminder.step(), null,
                    reminder.plannedAt(), reminder.dueAt(), workingHours));
        }
        return planned.size();
    }

    /** Cancels every mail of the delivery not yet sent (a recall: nothing else is to be said). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelPending(UUID deliveryId, String why) {
        entityManager.flush();
        return entityManager.createNativeQuery(
                "update notification set status = 'CANCELLED', last_error = ?2 where delivery_id = ?1 and status = 'PENDING'")
                .setParameter(1, deliveryId)
                .setParameter(2, why)
                .executeUpdate();
    }

    ReminderPolicy defaultPolicy() {
        NotificationConfig.DefaultPolicy policy = config.defaultPolicy();
        return new ReminderPolicy(policy.before(), policy.overdueEvery(), policy.maxOverdue(), true);
    }

    private void write(String sql, Notification n) {
        entityManager.createNativeQuery(sql)
                .setParameter(1, n.id)
                .setParameter(2, n.deliveryId)
                .setParameter(3, n.directiveId)
                .setParameter(4, n.unit)
                .setParameter(5, n.kind.name())
                .setParameter(6, n.step)
                .setParameter(7, n.detail)
                .setParameter(8, n.plannedAt)
                .setParameter(9, n.workingHours)
                .setParameter(10, n.dueAt)
                .setParameter(11, clock.instant())
                .executeUpdate();
    }
}
