package vn.gov.directive.distribution.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.common.text.VietnameseText;
import vn.gov.directive.distribution.storage.AttachmentStorage;

/**
 * Attachments of a report: PDF, DOCX, XLSX or an image, at most 20 MB, recognised by content;
 * per delivery at most AttachmentLimits (count 409, total size 413), checked before storing.
 * The unit attaches them while it may still report (before its report, or when a revision was
 * asked for); whoever may see the delivery may read them.
 */
@ApplicationScoped
public class ReportAttachments {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final int MAX_NAME = 255;

    @Inject
    AttachmentStorage storage;

    @Inject
    AttachmentLimits limits;

    @Transactional
    public ReportAttachment attach(UUID deliveryId, Caller caller, String fileName, byte[] content) {
        Delivery delivery = DeliveryLocks.forUnit(deliveryId, caller);
        DeliveryLifecycle.plan(delivery.status, DeliveryAction.REPORT, delivery.role); // 409 once the report is in or closed
        String name = cleanName(fileName);
        if (content.length == 0) {
            throw ProblemException.invalid("The file is empty", List.of(new Problem.FieldError("file", "is empty")));
        }
        if (content.length > MAX_BYTES) {
            throw new ProblemException(Problem.of(413, "attachment-too-large", "Content Too Large",
                    "The file has " + content.length + " bytes; at most " + MAX_BYTES + " (20 MB) are accepted"));
        }
        withinLimits(delivery.id, content.length);
        AttachmentType type = AttachmentType.of(content).orElseThrow(() -> new ProblemException(Problem.of(415,
                "unsupported-attachment", "Unsupported Media Type",
                "The content of " + name + " is none of " + Arrays.toString(AttachmentType.values()) + " (its name does not count)")));
        ReportAttachment attachment = new ReportAttachment();
        attachment.id = UUID.randomUUID();
        attachment.deliveryId = delivery.id;
        attachment.fileName = name;
        attachment.type = type;
        attachment.size = content.length;
        attachment.sha256 = sha256(content);
        attachment.storageKey = storage.store(content);
        attachment.uploadedBy = caller.name();
        attachment.uploadedAt = Instant.now();
        attachment.persist();
        return attachment;
    }

    @Transactional
    public List<ReportAttachment> list(UUID deliveryId, Caller caller) {
        visible(deliveryId, caller);
        return ReportAttachment.of(deliveryId);
    }

    public record Content(ReportAttachment attachment, byte[] bytes) {
    }

    @Transactional
    public Content read(UUID deliveryId, UUID attachmentId, Caller caller) {
        visible(deliveryId, caller);
        ReportAttachment attachment = ReportAttachment.findById(attachmentId);
        if (attachment == null || !attachment.deliveryId.equals(deliveryId)) {
            throw ProblemException.notFound("Attachment " + attachmentId);
        }
        byte[] bytes = storage.load(attachment.storageKey)
                .orElseThrow(() -> new IllegalStateException("The bytes of attachment " + attachmentId + " are missing from storage"));
        return new Content(attachment, bytes);
    }

    /** Checked under the delivery's lock (DeliveryLocks), before anything is stored: two uploads at once cannot both pass. */
    private void withinLimits(UUID deliveryId, long size) {
        List<ReportAttachment> attached = ReportAttachment.of(deliveryId);
        if (attached.size() >= limits.maxPerDelivery()) {
            throw new ProblemException(Problem.of(409, "too-many-attachments", "Conflict", "The report already has "
                    + attached.size() + " files; at most " + limits.maxPerDelivery() + " are accepted per delivery"));
        }
        long total = attached.stream().mapToLong(a -> a.size).sum() + size;
        if (total > limits.maxTotal().asLongValue()) {
            throw new ProblemException(Problem.of(413, "attachments-too-large", "Content Too Large", "With this file the report's files would have "
                    + total + " bytes; at most " + limits.maxTotal().asLongValue() + " are accepted per delivery"));
        }
    }

    private static void visible(UUID deliveryId, Caller caller) {
        Delivery.requireVisible(Delivery.findById(deliveryId), deliveryId, caller);
    }

    /** The last path segment, NFC; a name is required (it is what the reader downloads). */
    static String cleanName(String fileName) {
        String name = Optional.ofNullable(fileName).map(n -> n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1))
                .map(String::strip).map(VietnameseText::nfc).orElse("");
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw ProblemException.invalid("The file needs a name", List.of(new Problem.FieldError("file", "needs a file name of 1 to 255 characters")));
        }
        return name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
