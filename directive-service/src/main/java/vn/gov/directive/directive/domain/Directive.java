package vn.gov.directive.directive.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.gov.directive.common.text.VietnameseText;
import vn.gov.directive.events.Urgency;

/** A directive: the authoritative record of what an issuer sent, to whom, under which number. */
@Entity
@Table(name = "directive")
public class Directive extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String issuer;

    @Column(name = "external_ref")
    public String externalRef;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "document_type", nullable = false)
    public String documentType;

    @Column(nullable = false)
    public String symbol;

    public Integer number;

    @Column(name = "number_year")
    public Integer numberYear;

    @Column(name = "number_text")
    public String numberText;

    public String place;

    @Column(nullable = false)
    public String subject;

    /** The subject without diacritics, lower case: what "tuyen truyen" is compared with. */
    @Column(name = "subject_folded", nullable = false)
    public String subjectFolded;

    @Column(nullable = false)
    public String body;

    @Column(name = "signer_name", nullable = false)
    public String signerName;

    @Column(name = "signer_title", nullable = false)
    public String signerTitle;

    @Column(name = "signer_authority")
    public String signerAuthority;

    public String drafter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Confidentiality confidentiality;

    @Column(name = "document_refs", columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    String referencesJson;

    @Column(columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    String archive;

    @Column(name = "named_recipients", columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    String namedRecipientsJson;

    @Column(name = "tasks", columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    String tasksJson;

    public Instant deadline;

    @Column(name = "reminder_policy", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String reminderPolicyJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DirectiveStatus status;

    @Column(nullable = false)
    public int version;

    @Column(name = "recipient_count", nullable = false)
    public int recipientCount;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "recalled_by")
    public String recalledBy;

    @Column(name = "recalled_at")
    public Instant recalledAt;

    @Column(name = "recall_reason")
    public String recallReason;

    /** A new draft of this content (already normalised and checked). */
    public static Directive draft(String issuer, DirectiveContent content, String externalRef, String idempotencyKey,
            String actor, Instant now) {
        Directive directive = new Directive();
        directive.id = UUID.randomUUID();
        directive.issuer = issuer;
        directive.externalRef = externalRef;
        directive.idempotencyKey = idempotencyKey;
        directive.status = DirectiveStatus.DRAFT;
        directive.version = 1;
        directive.createdBy = actor;
        directive.createdAt = now;
        directive.take(content);
        return directive;
    }

    public void take(DirectiveContent content) {
        documentType = content.documentType();
        symbol = content.symbol();
        place = content.place();
        subject = content.subject();
        subjectFolded = VietnameseText.fold(content.subject());
        body = content.body();
        signerName = content.signer().name();
        signerTitle = content.signer().title();
        signerAuthority = content.signer().authority();
        drafter = content.drafter();
        urgency = content.urgency();
        confidentiality = content.confidentiality();
        referencesJson = Json.write(content.references());
        archive = Json.write(content.archive());
        namedRecipientsJson = Json.write(content.recipients());
        tasksJson = Json.write(content.tasks());
        deadline = content.deadline();
        reminderPolicyJson = Json.write(content.reminderPolicy());
    }

    public DirectiveContent content() {
        return new DirectiveContent(documentType, symbol, place, subject, body,
                new Signer(signerName, signerTitle, signerAuthority), drafter, urgency, confidentiality,
                Json.read(referencesJson, new TypeReference<List<String>>() {
                }),
                Json.read(archive, new TypeReference<List<String>>() {
                }),
                Json.read(namedRecipientsJson, new TypeReference<List<NamedRecipient>>() {
                }),
                Json.read(tasksJson, new TypeReference<List<TaskSpec>>() {
                }),
                deadline,
                Json.read(reminderPolicyJson, new TypeReference<ReminderPolicySpec>() {
                }));
    }
}
