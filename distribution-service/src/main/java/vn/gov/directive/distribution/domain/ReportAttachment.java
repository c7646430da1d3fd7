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

/** A file attached to a delivery's report: its name as uploaded, the type found from its content, where its bytes are. */
@Entity
@Table(name = "report_attachment")
public class ReportAttachment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Column(name = "file_name")
    public String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "media_type")
    public AttachmentType type;

    @Column(name = "size_bytes")
    public long size;

    public String sha256;

    @Column(name = "storage_key")
    public String storageKey;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    public static List<ReportAttachment> of(UUID deliveryId) {
        return list("deliveryId", Sort.by("uploadedAt").and("id"), deliveryId);
    }
}
