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
        return delivery;
    }

    public boolean remindable() {
        return Remindable.remindable(role, status);
    }

    public boolean open() {
        return Remindable.open(status);
    }
}
