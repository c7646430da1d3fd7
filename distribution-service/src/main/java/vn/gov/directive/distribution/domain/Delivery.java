package vn.gov.directive.distribution.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.EventJson;
import vn.gov.directive.events.Role;

/**
 * One directive delivered to one unit. Rows are created in bulk by the fan-out (JDBC batch, see
 * {@link FanOut}); their state then moves only through {@link DeliveryLifecycle}.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "directive_id")
    public UUID directiveId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "directive_id", insertable = false, updatable = false)
    public DirectiveCopy directive;

    public String unit;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    public Instant deadline;

    /** Set once the issuer extended this delivery's deadline: an amendment's new deadline then no longer replaces it. */
    @Column(name = "deadline_extended")
    public boolean deadlineExtended;

    /** The directive version the unit last acknowledged (or reported on); null before. */
    @Column(name = "acknowledged_version")
    public Integer acknowledgedVersion;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "report_summary")
    public String reportSummary;

    @Column(name = "report_fields_json")
    public String reportFieldsJson;

    /** The sequence of the delivery's last event (DeliveryCreated is 1); see {@link #nextSequence()}. */
    public long sequence;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The caller works for the unit this delivery reaches: it acknowledges, returns and reports. */
    public boolean isAddressedTo(Caller caller) {
        return caller.worksFor(unit);
    }

    /** Its own unit's, the issuing unit's (see {@link DirectiveCopy#isFollowedBy}), or whoever reads everything. */
    public boolean isVisibleTo(Caller caller) {
        return isAddressedTo(caller) || directive.isFollowedBy(caller);
    }

    /**
     * The delivery found, if the caller may see it; otherwise 404 as if it did not exist, and a
     * delivery that exists but is another unit's is a refusal the audit log records.
     */
    public static Delivery requireVisible(Delivery found, Object id, Caller caller) {
        if (found == null) {
            throw ProblemException.notFound("Delivery " + id);
        }
        if (!found.isVisibleTo(caller)) {
            throw ProblemException.hidden("Delivery " + id);
        }
        return found;
    }

    /**
     * Moves the delivery by an action and records what the action means for it (the version
     * acknowledged, the report time).
     *
     * @return the steps taken, for the history and the events
     * @throws IllegalTransitionException when the state or the role does not allow it
     */
    public List<DeliveryLifecycle.Step> move(DeliveryAction action, Instant at) {
        List<DeliveryLifecycle.Step> steps = DeliveryLifecycle.plan(status, action, role);
        for (DeliveryLifecycle.Step step : steps) {
            if (step.action() == DeliveryAction.ACKNOWLEDGE || step.action() == DeliveryAction.REPORT) {
                // a report is made on the current version, so it acknowledges that version too
                acknowledgedVersion = directive.version;
                acknowledgedAt = step.action() == DeliveryAction.ACKNOWLEDGE || acknowledgedAt == null ? at : acknowledgedAt;
            }
            if (step.action() == DeliveryAction.REPORT) {
                reportedAt = at;
            }
            status = step.to();
        }
        updatedAt = at;
        return steps;
    }

    /** The sequence of the delivery's next event, counted on the row in the transaction that publishes it. */
    public long nextSequence() {
        return ++sequence;
    }

    public void recordReport(String summary, Map<String, Object> fields) {
        reportSummary = summary;
        reportFieldsJson = EventJson.write(fields);
    }

    public void extendDeadline(Instant newDeadline) {
        deadline = newDeadline;
        deadlineExtended = true;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> reportFields() {
        return reportFieldsJson == null ? null : EventJson.read(reportFieldsJson, Map.class);
    }

    public boolean isOverdue(Instant now) {
        return DeliveryLifecycle.isOverdue(role, status, deadline, now);
    }

    /** Whether the unit still has to acknowledge the directive's current version. */
    public boolean needsAcknowledgment() {
        return status == DeliveryStatus.DELIVERED && role.mustAcknowledge();
    }
}
