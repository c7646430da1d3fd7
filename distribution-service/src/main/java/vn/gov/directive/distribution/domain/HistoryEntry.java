package vn.gov.directive.distribution.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import vn.gov.directive.events.DeliveryStatus;

/** One transition of a delivery: who, when, from and to which state, on which directive version, and why. */
@Entity
@Table(name = "delivery_transition")
public class HistoryEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Written by the database: the order of entries, even two at the same instant (acknowledged, then reported). */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Enumerated(EnumType.STRING)
    public DeliveryAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public DeliveryStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public DeliveryStatus to;

    public String actor;

    public Instant at;

    @Column(name = "directive_version")
    public int directiveVersion;

    public String reason;

    /** The new deadline of an extension. */
    public Instant deadline;

    public static HistoryEntry of(Delivery delivery, DeliveryLifecycle.Step step, String actor, Instant at, String reason) {
        HistoryEntry entry = new HistoryEntry();
        entry.id = UUID.randomUUID();
        entry.deliveryId = delivery.id;
        entry.action = step.action();
        entry.from = step.from();
        entry.to = step.to();
        entry.actor = actor;
        entry.at = at;
        entry.directiveVersion = delivery.directive.version;
        entry.reason = reason;
        return entry;
    }

    public static List<HistoryEntry> historyOf(UUID deliveryId) {
        return list("deliveryId", Sort.by("seq"), deliveryId);
    }
}
