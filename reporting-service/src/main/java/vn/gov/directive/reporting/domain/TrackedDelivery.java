package vn.gov.directive.reporting.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;

/**
 * The read model of one delivery. Its state follows the delivery's newest event by the sequence
 * distribution-service gives each delivery's events: an older one (a replayed dead letter, a late
 * redelivery, another topic's event overtaken) leaves it alone. The stamps (delivered, acknowledged,
 * reported, the deadline) are guarded by the time of the event that brings them. Events applied
 * in any order so leave the same row.
 */
@Entity
@Table(name = "delivery_view")
public class TrackedDelivery {

    @EmbeddedId
    public DeliveryKey key;
    @Column(name = "delivery_id")
    public UUID deliveryId;
    @Enumerated(EnumType.STRING)
    public Role role;
    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;
    @Column(name = "status_at")
    public Instant statusAt;
    /** The sequence of the event that set {@link #status} (0: none yet). */
    public long sequence;
    public Instant deadline;
    @Column(name = "deadline_at")
    public Instant deadlineAt;
    @Column(name = "deadline_extended")
    public boolean deadlineExtended;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    @Column(name = "reported_at")
    public Instant reportedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "report_fields")
    public Map<String, Object> reportFields;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "returned_at")
    public Instant returnedAt;
    @Column(name = "notifications_sent")
    public int notificationsSent;
    @Column(name = "notifications_failed")
    public int notificationsFailed;
    @Column(name = "last_notified_at")
    public Instant lastNotifiedAt;

    /** @return whether the event is newer than the one that set the state, which it now sets */
    public boolean moveTo(DeliveryStatus next, Instant at, long eventSequence) {
        if (eventSequence <= sequence) {
            return false;
        }
        status = next;
        statusAt = at;
        sequence = eventSequence;
        return true;
    }

    /** The delivery reached its unit at {@code at} (or earlier), whatever its state since. */
    public void delivered(Instant at) {
        if (deliveredAt == null || at.isBefore(deliveredAt)) {
            deliveredAt = at;
        }
    }

    public void identify(UUID id, Role role) {
        if (deliveryId == null) {
            deliveryId = id;
        }
        if (role != null) {
            this.role = role;
        }
    }

    /** A deadline from an event at {@code at}; an older event never replaces a newer deadline. */
    public void setDeadline(Instant deadline, Instant at, boolean extension) {
        if (deadlineAt == null || at.isAfter(deadlineAt)) {
            this.deadline = deadline;
            this.deadlineAt = at;
            this.deadlineExtended |= extension;
        }
    }

    /** The first acknowledgment of the current version counts (a report counts as one too). */
    public void acknowledged(Instant at, TrackedDirective directive) {
        if (directive.acknowledgmentStillValid(at) && (acknowledgedAt == null || at.isBefore(acknowledgedAt))) {
            acknowledgedAt = at;
        }
    }

    /** Keeps the latest report's fields; a report counts as an acknowledgment too. */
    public void reported(Instant at, Map<String, Object> fields, TrackedDirective directive) {
        if (reportedAt == null || at.isAfter(reportedAt)) {
            reportedAt = at;
            reportFields = fields == null ? Map.of() : fields;
        }
        acknowledged(at, directive);
    }

    /**
     * What an amendment did to this delivery, at {@code at}: it follows the new deadline, and if it
     * had acknowledged (and the amendment is its newest event), that acknowledgment of the older
     * version no longer counts.
     */
    public void amended(DeliveryStatus from, boolean newest, Instant deadline, Instant at) {
        if (newest && (from == DeliveryStatus.ACKNOWLEDGED || from == DeliveryStatus.IN_PROGRESS)) {
            acknowledgedAt = null;
        }
        setDeadline(deadline, at, false);
    }

    public void notified(Instant at, boolean sent) {
        if (sent) {
            notificationsSent++;
        } else {
            notificationsFailed++;
        }
        if (lastNotifiedAt == null || at.isAfter(lastNotifiedAt)) {
            lastNotifiedAt = at;
        }
    }
}
