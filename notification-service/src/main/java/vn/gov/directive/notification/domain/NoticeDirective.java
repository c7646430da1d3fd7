package vn.gov.directive.notification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.gov.directive.events.DirectiveIssued;
import vn.gov.directive.events.EventJson;
import vn.gov.directive.events.ReminderPolicy;
import vn.gov.directive.events.Urgency;

/** What this service keeps of a directive: its issuer, wording, deadline and reminder policy. */
@Entity
@Table(name = "notice_directive")
public class NoticeDirective extends PanacheEntityBase {

    @Id
    public UUID directiveId;
    public String issuer;
    public int version;
    public String number;
    public String subject;
    @Enumerated(EnumType.STRING)
    public Urgency urgency;
    public Instant deadline;
    /** The policy as it came, JSON; null when the directive was issued without one. */
    public String policy;
    public Instant recalledAt;

    public static NoticeDirective of(DirectiveIssued issued) {
        NoticeDirective directive = new NoticeDirective();
        directive.directiveId = issued.directiveId();
        directive.issuer = issued.issuer();
        directive.version = issued.version();
        directive.number = issued.number();
        directive.subject = issued.subject();
        directive.urgency = issued.urgency();
        directive.deadline = issued.deadline();
        directive.policy = issued.reminderPolicy() == null ? null : EventJson.write(issued.reminderPolicy());
        return directive;
    }

    /** The directive's own policy, or the given default when it was issued without one. */
    public ReminderPolicy policyOr(ReminderPolicy fallback) {
        return policy == null ? fallback : EventJson.read(policy, ReminderPolicy.class);
    }

    public boolean recalled() {
        return recalledAt != null;
    }
}
