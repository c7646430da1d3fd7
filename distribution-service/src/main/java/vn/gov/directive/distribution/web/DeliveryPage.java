package vn.gov.directive.distribution.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.common.text.ControlCharacters;
import vn.gov.directive.distribution.domain.Delivery;
import vn.gov.directive.distribution.domain.DeliveryActions;
import vn.gov.directive.distribution.domain.IllegalTransitionException;
import vn.gov.directive.distribution.domain.ReportAttachments;
import vn.gov.directive.events.ReportField;

/**
 * A delivery's page (/portal/deliveries/{id}, the link of the notification mails) and its forms.
 * Every action calls the same {@link DeliveryActions} and {@link ReportAttachments} as the API,
 * after the form's CSRF token ({@link FormToken}); each answers with a redirect (post, redirect,
 * get), so a reload never acts twice. Another unit's delivery is 404, as in the API.
 */
@Path("/portal/deliveries/{id}")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class DeliveryPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance delivery(Viewer viewer, DeliveryDetail d, String csrf, String done, Map<String, String> errors,
                Map<String, String> typed);

        static native TemplateInstance reportForm(Viewer viewer, DeliveryDetail d, String csrf, List<ReportForm.Input> inputs,
                String summary, Map<String, String> errors);

        static native TemplateInstance reportSent(Viewer viewer, DeliveryDetail d);
    }

    @Inject
    Caller caller;

    @Inject
    DeliveryActions actions;

    @Inject
    ReportAttachments attachments;

    @Inject
    FormToken formToken;

    @GET
    @Transactional
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("done") String done) {
        return Templates.delivery(Viewer.of(caller), detail(id), formToken.value(), done, Map.of(), Map.of());
    }

    @POST
    @Path("/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response acknowledge(@PathParam("id") String id, @RestForm(FormToken.FIELD) String csrf) {
        formToken.check(csrf);
        actions.acknowledge(uuid(id), caller);
        return done(id, "acknowledged");
    }

    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response returnIt(@PathParam("id") String id, @RestForm(FormToken.FIELD) String csrf, @RestForm String reason) {
        formToken.check(csrf);
        if (blank(reason) || reason.length() > 2000) {
            return again(id, Map.of("reason", blank(reason) ? "Vui lòng nêu lý do trả lại." : "Lý do dài quá 2000 ký tự."),
                    Map.of("reason", reason == null ? "" : reason));
        }
        actions.returnAsMisaddressed(uuid(id), caller, ControlCharacters.joinLines(reason));
        return done(id, "returned");
    }

    @GET
    @Path("/report")
    @Transactional
    @Operation(hidden = true)
    public TemplateInstance reportForm(@PathParam("id") String id) {
        DeliveryDetail detail = detail(id);
        return Templates.reportForm(Viewer.of(caller), detail, formToken.value(), ReportForm.empty(detail.reportFields()).inputs(), "",
                Map.of());
    }

    /**
     * The report and its files in one transaction: a file or a field refused leaves nothing behind,
     * and the form comes back with the messages and what was typed.
     */
    @POST
    @Path("/report")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response report(@PathParam("id") String id, MultipartFormDataInput input) {
        UUID deliveryId = uuid(id);
        List<ReportField> fields = QuarkusTransaction.requiringNew().call(() -> detail(id).reportFields());
        ReportForm form = ReportForm.read(input, fields);
        formToken.check(form.csrf);
        if (form.valid()) {
            String[] file = { null };
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    for (ReportForm.Upload upload : form.uploads) {
                        file[0] = upload.fileName();
                        attachments.attach(deliveryId, caller, upload.fileName(), upload.content());
                    }
                    file[0] = null;
                    actions.report(deliveryId, caller, form.summary, form.values);
                });
            } catch (ProblemException e) {
                if (!form.refused(e, file[0])) {
                    throw e;
                }
            }
        }
        if (!form.valid()) {
            DeliveryDetail detail = QuarkusTransaction.requiringNew().call(() -> detail(id));
            if (!form.uploads.isEmpty()) {
                form.errors.putIfAbsent("files", "Vui lòng chọn lại các tệp đính kèm.");
            }
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.reportForm(Viewer.of(caller), detail, formToken.value(), form.inputs(), form.summary, form.errors))
                    .build();
        }
        return Response.seeOther(URI.create("/portal/deliveries/" + deliveryId + "/report/sent")).build();
    }

    @GET
    @Path("/report/sent")
    @Transactional
    @Operation(hidden = true)
    public TemplateInstance reportSent(@PathParam("id") String id) {
        return Templates.reportSent(Viewer.of(caller), detail(id));
    }

    @GET
    @Path("/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response download(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        ReportAttachments.Content content = attachments.read(uuid(id), uuid(attachmentId), caller);
        String name = URLEncoder.encode(content.attachment().fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content.bytes(), content.attachment().type.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response accept(@PathParam("id") String id, @RestForm(FormToken.FIELD) String csrf, @RestForm String comment) {
        formToken.check(csrf);
        if (comment != null && comment.length() > 2000) {
            return again(id, Map.of("comment", "Nhận xét dài quá 2000 ký tự."), Map.of("comment", comment));
        }
        actions.acceptReport(uuid(id), caller, blank(comment) ? null : ControlCharacters.joinLines(comment));
        return done(id, "accepted");
    }

    @POST
    @Path("/request-revision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response requestRevision(@PathParam("id") String id, @RestForm(FormToken.FIELD) String csrf,
            @RestForm("revision-reason") String reason) {
        formToken.check(csrf);
        if (blank(reason) || reason.length() > 2000) {
            return again(id, Map.of("revision-reason", blank(reason) ? "Vui lòng nêu nội dung cần bổ sung." : "Nội dung dài quá 2000 ký tự."),
                    Map.of("revision-reason", reason == null ? "" : reason));
        }
        actions.requestRevision(uuid(id), caller, ControlCharacters.joinLines(reason));
        return done(id, "revision");
    }

    @POST
    @Path("/extend-deadline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response extendDeadline(@PathParam("id") String id, @RestForm(FormToken.FIELD) String csrf, @RestForm String deadline,
            @RestForm("extend-reason") String reason) {
        formToken.check(csrf);
        Instant newDeadline = Formats.parseInput(deadline).orElse(null);
        Map<String, String> typed = Map.of("deadline", deadline == null ? "" : deadline, "extend-reason", reason == null ? "" : reason);
        if (newDeadline == null) {
            return again(id, Map.of("deadline", "Vui lòng chọn hạn mới (ngày và giờ)."), typed);
        }
        if (blank(reason) || reason.length() > 2000) {
            return again(id, Map.of("extend-reason", blank(reason) ? "Vui lòng nêu lý do gia hạn." : "Lý do dài quá 2000 ký tự."), typed);
        }
        try {
            actions.extendDeadline(uuid(id), caller, newDeadline, ControlCharacters.joinLines(reason));
        } catch (ProblemException e) {
            if (e.problem().status() != 422) {
                throw e;
            }
            String message = e.problem().type().toString().endsWith("deadline-in-past") ? "Hạn mới phải ở sau thời điểm hiện tại."
                    : "Hạn mới phải sau hạn hiện tại.";
            return again(id, Map.of("deadline", message), typed);
        }
        return done(id, "extended");
    }

    @ServerExceptionMapper
    Response refused(ProblemException e) {
        return ErrorPages.of(e, QuarkusTransaction.requiringNew().call(() -> Viewer.of(caller)));
    }

    @ServerExceptionMapper
    Response illegal(IllegalTransitionException e) {
        return ErrorPages.of(e, QuarkusTransaction.requiringNew().call(() -> Viewer.of(caller)));
    }

    /** The delivery for this viewer; one it may not see is 404, as in the API. */
    private DeliveryDetail detail(String id) {
        UUID deliveryId = uuid(id);
        Delivery delivery = Delivery.requireVisible(Delivery.findById(deliveryId), deliveryId, caller);
        return DeliveryDetail.of(delivery, caller, Instant.now());
    }

    /** The delivery's page again, 400, with the messages beside the inputs and what was typed. */
    private Response again(String id, Map<String, String> errors, Map<String, String> typed) {
        TemplateInstance page = QuarkusTransaction.requiringNew()
                .call(() -> Templates.delivery(Viewer.of(caller), detail(id), formToken.value(), null, errors, typed));
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private static Response done(String id, String what) {
        return Response.seeOther(URI.create("/portal/deliveries/" + uuid(id) + "?done=" + what)).build();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Delivery " + id);
        }
    }
}
