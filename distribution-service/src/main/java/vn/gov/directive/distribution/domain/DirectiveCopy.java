package vn.gov.directive.distribution.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.common.text.VietnameseText;
import vn.gov.directive.events.DirectiveAmended;
import vn.gov.directive.events.DirectiveDocument;
import vn.gov.directive.events.DirectiveIssued;
import vn.gov.directive.events.EventJson;
import vn.gov.directive.events.ReportField;
import vn.gov.directive.events.TaskSummary;
import vn.gov.directive.events.Urgency;

/**
 * This service's copy of a directive, taken from DirectiveIssued and kept current by
 * DirectiveAmended and DirectiveRecalled: what the portal shows and what reports are checked against.
 */
@Entity
@Table(name = "directive_copy")
public class DirectiveCopy extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The current version (1 at issuance, +1 per amendment). */
    public int version;

    public String issuer;

    @Column(name = "issuer_name")
    public String issuerName;

    public String number;

    @Column(name = "document_type")
    public String documentType;

    public String subject;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    @Column(name = "issued_at")
    public Instant issuedAt;

    public Instant deadline;

    /** Tasks with assignees (unit codes) and report fields, as the event carried them (JSON). */
    @Column(name = "tasks_json")
    public String tasksJson;

    /** The letter's text; up to megabytes, so loaded only when asked for. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "document_json")
    public String documentJson;

    @Column(name = "amended_at")
    public Instant amendedAt;

    @Column(name = "recalled_at")
    public Instant recalledAt;

    /** Number, subject and issuer folded (no diacritics, lower case): what the portal's search compares. */
    @Column(name = "search_key")
    public String searchKey;

    /** The content of the version before the last amendment ({@link Version}, JSON); null before any. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "previous_json")
    public String previousJson;

    /** What an amendment can change, as one version said it: the portal compares two of them. */
    public record Version(int version, String number, String subject, Instant deadline, List<TaskSummary> tasks,
            DirectiveDocument document) {
    }

    @PrePersist
    @PreUpdate
    void fold() {
        searchKey = VietnameseText.fold(String.join(" ", Objects.toString(number, ""), Objects.toString(subject, ""),
                Objects.toString(issuerName, "")));
    }

    public static DirectiveCopy of(DirectiveIssued issued) {
        DirectiveCopy copy = new DirectiveCopy();
        copy.id = issued.directiveId();
        copy.version = issued.version();
        copy.issuer = issued.issuer();
        copy.issuerName = issued.issuerName();
        copy.number = issued.number();
        copy.documentType = issued.documentType();
        copy.subject = issued.subject();
        copy.urgency = issued.urgency();
        copy.issuedAt = issued.issuedAt();
        copy.deadline = issued.deadline();
        copy.tasksJson = EventJson.write(issued.tasks() == null ? List.of() : issued.tasks());
        copy.documentJson = issued.document() == null ? null : EventJson.write(issued.document());
        return copy;
    }

    /** Takes the new version's content; an amendment older than what is kept (a replay) is ignored. */
    public boolean amend(DirectiveAmended amended) {
        if (amended.version() <= version) {
            return false;
        }
        previousJson = EventJson.write(current());
        version = amended.version();
        number = amended.number();
        subject = amended.subject();
        deadline = amended.deadline();
        if (amended.tasks() != null) {
            tasksJson = EventJson.write(amended.tasks());
        }
        if (amended.document() != null) {
            documentJson = EventJson.write(amended.document());
        }
        amendedAt = amended.amendedAt();
        return true;
    }

    /** Whoever works for the issuing unit follows its directives, as does whoever reads everything. */
    public boolean isFollowedBy(Caller caller) {
        return caller.readsEverything() || caller.worksFor(issuer);
    }

    /** Accepting, returning for revision and extending are the issuing unit's issuers'. */
    public boolean isDecidedBy(Caller caller) {
        return caller.issuesFor(issuer);
    }

    public Version current() {
        return new Version(version, number, subject, deadline, tasks(), document());
    }

    /** The version before the last amendment, if there was one. */
    public Optional<Version> previous() {
        return Optional.ofNullable(previousJson).map(json -> EventJson.read(json, Version.class));
    }

    public List<TaskSummary> tasks() {
        return Arrays.asList(EventJson.read(tasksJson, TaskSummary[].class));
    }

    public List<ReportField> reportFieldsOf(String unit) {
        return FanOutPlan.reportFieldsOf(unit, tasks());
    }

    public DirectiveDocument document() {
        return documentJson == null ? null : EventJson.read(documentJson, DirectiveDocument.class);
    }
}
