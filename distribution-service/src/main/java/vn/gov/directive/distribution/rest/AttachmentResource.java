package vn.gov.directive.distribution.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.distribution.domain.ReportAttachment;
import vn.gov.directive.distribution.domain.ReportAttachments;

@Path("/api/v1/deliveries/{id}/attachments")
@Authenticated
@Tag(name = "Report attachments", description = "PDF, DOCX, XLSX and images attached to a unit's report, at most 20 MB each")
public class AttachmentResource {

    /** Its description is completed with the limits in force (AttachmentLimitsInOpenApi). */
    static final String UPLOAD_OPERATION = "attachReportFile";

    /** An attachment as listed: its bytes are at {@code href}. */
    public record AttachmentView(UUID id, String fileName, String mediaType, long size, String sha256, String uploadedBy,
            Instant uploadedAt, URI href) {

        static AttachmentView of(ReportAttachment a) {
            return new AttachmentView(a.id, a.fileName, a.type.mediaType(), a.size, a.sha256, a.uploadedBy, a.uploadedAt,
                    URI.create("/api/v1/deliveries/" + a.deliveryId + "/attachments/" + a.id));
        }
    }

    @Inject
    Caller caller;

    @Inject
    ReportAttachments attachments;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = UPLOAD_OPERATION,
            summary = "The unit attaches a file (form field 'file') to its report; the type is read from the content")
    public Response attach(@PathParam("id") String id, @RestForm("file") FileUpload file) {
        UUID deliveryId = RequestParts.uuid("id", id);
        if (file == null) {
            throw ProblemException.invalid("No file", List.of(new Problem.FieldError("file", "is required")));
        }
        if (file.size() > ReportAttachments.MAX_BYTES) {
            throw new ProblemException(Problem.of(413, "attachment-too-large", "Content Too Large",
                    "The file has " + file.size() + " bytes; at most " + ReportAttachments.MAX_BYTES + " (20 MB) are accepted"));
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReportAttachment attachment = attachments.attach(deliveryId, caller, file.fileName(), content);
        AttachmentView view = AttachmentView.of(attachment);
        return Response.created(view.href()).entity(view).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The files attached to the delivery's report")
    public List<AttachmentView> list(@PathParam("id") String id) {
        return attachments.list(RequestParts.uuid("id", id), caller).stream()
                .map(AttachmentView::of).toList();
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The bytes of one attachment, with the media type found at upload")
    public Response download(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        ReportAttachments.Content content = attachments.read(RequestParts.uuid("id", id),
                RequestParts.uuid("attachmentId", attachmentId), caller);
        String name = URLEncoder.encode(content.attachment().fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content.bytes(), content.attachment().type.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
