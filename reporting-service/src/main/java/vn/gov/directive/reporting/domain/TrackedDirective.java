package vn.gov.directive.reporting.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the read model knows of a directive; version 0 while only its deliveries have been seen. */
@Entity
@Table(name = "directive_view")
public class TrackedDirective {

    @Id
    public UUID id;
    public int version;
    public String issuer;
    @Column(name = "issuer_name")
    public String issuerName;
    public String number;
    @Column(name = "document_type")
    public String documentType;
    public String subject;
    public String urgency;
    @Column(name = "issued_at")
    public Instant issuedAt;
    public Instant deadline;
    @Column(name = "amended_at")
    public Instant amendedAt;
    @Column(name = "recalled_at")
    public Instant recalledAt;

    /** Keeps the number and subject a delivery carries when nothing better is known yet. */
    void learn(String number, String subject) {
        if (this.number == null) {
            this.number = number;
        }
        if (this.subject == null) {
            this.subject = subject;
        }
    }

    /** An acknowledgment made before the latest amendment was of an older version: it no longer counts. */
    boolean acknowledgmentStillValid(Instant acknowledgedAt) {
        return amendedAt == null || !acknowledgedAt.isBefore(amendedAt);
    }
}
