package vn.gov.directive.notification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.DeliveryTransition;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;

/** A delivery as delivery-events tell it: whom it reaches, in what role, by when, and where it stands. */
@Entity
@Table(name = "notice_delivery")
public class NoticeDelivery extends PanacheEntityBase {

    @Id
    public UUID deliveryId;
    public UUID directiveId;
    public int version;
    public String unit;
    @Enumerated(EnumType.STRING)
    public Role role;
    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;
    public Instant deadline;
    /** The issuer gave this delivery its own deadline: an amendment's new deadline does not override it. */
    public boolean deadlineExtended;
    public String number;
    public String subject;
    @Enumerated(EnumType.STRING)
    public Urgency urgency;
    public Instant createdAt;
    /** The sequence of the last delivery event applied to this row (0: none with a sequence yet). */
    public long sequence;

    public static NoticeDelivery of(DeliveryCreated created) {
        NoticeDelivery delivery = new NoticeDelivery();
        delivery.deliveryId = created.deliveryId();
        delivery.directiveId = created.directiveId();
        delivery.version = created.version();
        delivery.unit = created.unit();
        delivery.role = created.role();
        delivery.status = created.status();
        delivery.deadline = created.deadline();
        delivery.number = created.number();
        delivery.subject = created.subject();
        delivery.urgency = created.urgency();
        delivery.createdAt = created.createdAt();
        delivery.sequence = created.sequence();
        return delivery;
    }

    /**
     * Takes what a move of the delivery says, if it is newer than the last one taken: its state
     * (a recalled delivery stays recalled), the deadline an extension or an amendment gives, the
     * version an amendment brings.
     *
     * @return false when the move is not newer (a replayed or late event): nothing changed
     */
    public boolean apply(EventType type, DeliveryTransition move) {
        if (!move.isNewerThan(sequence)) {
            return false;
        }
        sequence = move.sequence();
        if (status != DeliveryStatus.RECALLED) {
            status = move.to();
        }
        if (type == EventType.DEADLINE_EXTENDED && move.deadline() != null) {
            deadline = move.deadline();
            deadlineExtended = true;
        } else if (type == EventType.DELIVERY_AMENDED) {
            // distribution-service computed it, an extension of this delivery's own kept
            deadline = move.deadline();
            version = Math.max(version, move.version());
        }
        return true;
    }

    public boolean remindable() {
        return Remindable.remindable(role, status);
    }

    public boolean open() {
        return Remindable.open(status);
    }
}
