package vn.gov.directive.distribution.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.text.ControlCharacters;
import vn.gov.directive.distribution.domain.DeliveryActions;
import vn.gov.directive.distribution.domain.IllegalTransitionException;
import vn.gov.directive.distribution.domain.ReportAttachments;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.events.ReportField;
import vn.gov.directive.web.FieldMessages;
import vn.gov.directive.web.FormErrors;
import vn.gov.directive.web.Html;

/**
 * The forms of a delivery's page: acknowledge, return, report, accept, request a revision, extend.
 * Each checks the form's CSRF token ({@link FormToken}) and its Bean Validation, calls the same
 * {@link DeliveryActions} and {@link ReportAttachments} as the API, and answers with a redirect
 * (post, redirect, get), so a reload never acts twice; a refused form comes back, 400, with its
 * messages and what was typed.
 */
@Path("/portal/deliveries/{id}")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class DeliveryForms {

    static final URI DEADLINE_IN_PAST = Problem.typeOf("deadline-in-past");

    @Inject
    Portal portal;

    @Inject
    DeliveryActions actions;

    @Inject
    ReportAttachments attachments;

    @Inject
    FormToken formToken;

    @Inject
    Validator validator;

    @POST
    @Path("/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response acknowledge(@PathParam("id") String id, @BeanParam ActionForms.Acknowledge form) {
        return act(id, form, "acknowledged", requester -> actions.acknowledge(DeliveryPage.uuid(id), requester));
    }

    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response returnIt(@PathParam("id") String id, @BeanParam ActionForms.Return form) {
        return act(id, form, "returned",
                requester -> actions.returnAsMisaddressed(DeliveryPage.uuid(id), requester, ControlCharacters.joinLines(form.reason)));
    }

    @POST
    @Path("/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response accept(@PathParam("id") String id, @BeanParam ActionForms.Accept form) {
        String comment = form.comment == null || form.comment.isBlank() ? null : ControlCharacters.joinLines(form.comment);
        return act(id, form, "accepted", requester -> actions.acceptReport(DeliveryPage.uuid(id), requester, comment));
    }

    @POST
    @Path("/request-revision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response requestRevision(@PathParam("id") String id, @BeanParam ActionForms.Revision form) {
        return act(id, form, "revision",
                requester -> actions.requestRevision(DeliveryPage.uuid(id), requester, ControlCharacters.joinLines(form.reason)));
    }

    @POST
    @Path("/extend-deadline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response extendDeadline(@PathParam("id") String id, @BeanParam ActionForms.Extend form) {
        try {
            return act(id, form, "extended", requester -> actions.extendDeadline(DeliveryPage.uuid(id), requester, form.newDeadline(),
                    ControlCharacters.joinLines(form.reason)));
        } catch (ProblemException e) {
            if (e.problem().status() != 422) {
                throw e;
            }
            String message = e.problem().hasType(DEADLINE_IN_PAST) ? "Hạn mới phải ở sau thời điểm hiện tại."
                    : "Hạn mới phải sau hạn hiện tại.";
            return again(id, Map.of("deadline", message), form.typed());
        }
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
        UUID deliveryId = DeliveryPage.uuid(id);
        Caller requester = portal.requester();
        List<ReportField> fields = QuarkusTransaction.requiringNew().call(() -> DeliveryPage.detail(requester, id).reportFields());
        ReportForm form = ReportForm.read(input, fields, validator);
        formToken.check(form.csrf);
        if (form.valid()) {
            String[] file = { null };
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    for (ReportForm.Upload upload : form.uploads) {
                        file[0] = upload.fileName();
                        attachments.attach(deliveryId, requester, upload.fileName(), upload.content());
                    }
                    file[0] = null;
                    actions.report(deliveryId, requester, form.summary, form.values);
                });
            } catch (ProblemException e) {
                if (!form.refused(e, file[0])) {
                    throw e;
                }
            }
        }
        if (!form.valid()) {
            if (!form.uploads.isEmpty()) {
                form.errors.putIfAbsent("files", "Vui lòng chọn lại các tệp đính kèm.");
            }
            return Html.page(400, QuarkusTransaction.requiringNew().call(() -> DeliveryPage.Templates.reportForm(portal.viewer(),
                    DeliveryPage.detail(requester, id), formToken.value(), form.inputs(), form.summary, form.errors)));
        }
        return Html.seeOther(URI.create("/portal/deliveries/" + deliveryId + "/report/sent"));
    }

    @ServerExceptionMapper
    Response refused(ProblemException e) {
        return PortalErrors.of(e, portal);
    }

    @ServerExceptionMapper
    Response illegal(IllegalTransitionException e) {
        return PortalErrors.of(e, portal);
    }

    /** The token, then the form's constraints, then the action; the delivery's page again when the form is refused. */
    private <F extends ActionForms.Tokened> Response act(String id, F form, String done, Consumer<Caller> action) {
        formToken.check(form.csrf);
        Set<ConstraintViolation<F>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            FormErrors errors = new FormErrors();
            FieldMessages.add(violations, errors, form::field, field -> "");
            return again(id, errors.byField(), form.typed());
        }
        action.accept(portal.requester());
        return Html.seeOther(URI.create("/portal/deliveries/" + DeliveryPage.uuid(id) + "?done=" + done));
    }

    /** The delivery's page again, 400, with the messages beside the inputs and what was typed. */
    private Response again(String id, Map<String, String> errors, Map<String, String> typed) {
        return Html.page(400, QuarkusTransaction.requiringNew().call(() -> DeliveryPage.Templates.delivery(portal.viewer(),
                DeliveryPage.detail(portal.requester(), id), formToken.value(), null, errors, typed)));
    }
}
