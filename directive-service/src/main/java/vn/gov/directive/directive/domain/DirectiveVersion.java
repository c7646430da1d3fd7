package vn.gov.directive.directive.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The content of a directive as one version stated it: version 1 at issuance, one more per amendment. */
@Entity
@Table(name = "directive_version")
@IdClass(DirectiveVersion.Key.class)
public class DirectiveVersion extends PanacheEntityBase {

    /** The primary key: directive and version. */
    public static class Key implements Serializable {
        public UUID directiveId;
        public int version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(directiveId, key.directiveId) && version == key.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(directiveId, version);
        }
    }

    @Id
    @Column(name = "directive_id")
    public UUID directiveId;

    @Id
    public int version;

    @Column(columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    String snapshot;

    @Column(name = "change_summary")
    public String changeSummary;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static DirectiveVersion of(Directive directive, String changeSummary, String actor, Instant at) {
        DirectiveVersion version = new DirectiveVersion();
        version.directiveId = directive.id;
        version.version = directive.version;
        version.snapshot = Json.write(directive.content());
        version.changeSummary = changeSummary;
        version.createdBy = actor;
        version.createdAt = at;
        return version;
    }

    public DirectiveContent content() {
        return Json.read(snapshot, new TypeReference<DirectiveContent>() {
        });
    }
}
