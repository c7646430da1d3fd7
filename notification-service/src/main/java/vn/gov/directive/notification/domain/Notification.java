package vn.gov.directive.notification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One mail to a unit about one delivery: what it is, when it is due, and what became of it. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    /** Longest error kept: the NotificationFailed contract allows 2000 characters. */
    public static final int MAX_ERROR = 2000;

    @Id
    public UUID id;
    public UUID deliveryId;
    public UUID directiveId;
    public String unit;
    @Enumerated(EnumType.STRING)
    public NotificationKind kind;
    /** Unique per delivery: NOTICE, AMENDMENT:v2, RECALL, REMINDER@deadline:BEFORE:P3D, ... */
    public String step;
    /** The amendment's change summary or the recall's reason, quoted in the mail. */
    public String detail;
    /** When the policy puts it, before any move into working time. */
    public Instant plannedAt;
    /** Whether it waits for working time (recomputed when the holiday calendar changes). */
    public boolean workingHours;
    public Instant dueAt;
    @Enumerated(EnumType.STRING)
    public NotificationStatus status;
    public int attempts;
    public Instant nextAttemptAt;
    public String lastError;
    public String recipient;
    public Instant sentAt;
    public Instant createdAt;

    public static Notification due(NoticeDelivery delivery, NotificationKind kind, String step, String detail,
            Instant plannedAt, Instant dueAt, boolean workingHours) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.deliveryId = delivery.deliveryId;
        n.directiveId = delivery.directiveId;
        n.unit = delivery.unit;
        n.kind = kind;
        n.step = step;
        n.detail = detail;
        n.plannedAt = plannedAt;
        n.workingHours = workingHours;
        n.dueAt = dueAt;
        n.nextAttemptAt = dueAt;
        n.status = NotificationStatus.PENDING;
        n.createdAt = plannedAt;
        return n;
    }

    public void sent(String address, Instant at) {
        attempts++;
        status = NotificationStatus.SENT;
        recipient = address;
        sentAt = at;
        lastError = null;
    }

    /** Records a failed attempt: another follows after the back-off, or it is given up. */
    public void failed(String address, String error, Instant at, Backoff backoff) {
        attempts++;
        recipient = address;
        lastError = error == null ? "unknown error" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        if (backoff.retriesAfter(attempts)) {
            nextAttemptAt = at.plus(backoff.delayAfter(attempts));
        } else {
            status = NotificationStatus.FAILED;
        }
    }

    public void cancel(String why) {
        status = NotificationStatus.CANCELLED;
        lastError = why;
    }
}
