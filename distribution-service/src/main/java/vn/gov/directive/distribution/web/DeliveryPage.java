package vn.gov.directive.distribution.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.distribution.domain.Delivery;
import vn.gov.directive.distribution.domain.IllegalTransitionException;
import vn.gov.directive.distribution.domain.ReportAttachments;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.web.SignedIn;

/**
 * A delivery's pages to read (/portal/deliveries/{id}, the link of the notification mails): the
 * delivery, its report form, the report sent, an attachment. Its forms are {@link DeliveryForms}.
 * Another unit's delivery is 404, as in the API.
 */
@Path("/portal/deliveries/{id}")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class DeliveryPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance delivery(SignedIn viewer, DeliveryDetail d, String csrf, String done, Map<String, String> errors,
                Map<String, String> typed);

        static native TemplateInstance reportForm(SignedIn viewer, DeliveryDetail d, String csrf, List<ReportForm.Input> inputs,
                String summary, Map<String, String> errors);

        static native TemplateInstance reportSent(SignedIn viewer, DeliveryDetail d);
    }

    @Inject
    Portal portal;

    @Inject
    ReportAttachments attachments;

    @Inject
    FormToken formToken;

    @GET
    @Transactional
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("done") String done) {
        return Templates.delivery(portal.viewer(), detail(portal.requester(), id), formToken.value(), done, Map.of(), Map.of());
    }

    @GET
    @Path("/report")
    @Transactional
    @Operation(hidden = true)
    public TemplateInstance reportForm(@PathParam("id") String id) {
        DeliveryDetail detail = detail(portal.requester(), id);
        return Templates.reportForm(portal.viewer(), detail, formToken.value(), ReportForm.empty(detail.reportFields()).inputs(), "",
                Map.of());
    }

    @GET
    @Path("/report/sent")
    @Transactional
    @Operation(hidden = true)
    public TemplateInstance reportSent(@PathParam("id") String id) {
        return Templates.reportSent(portal.viewer(), detail(portal.requester(), id));
    }

    @GET
    @Path("/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response download(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        ReportAttachments.Content content = attachments.read(uuid(id), uuid(attachmentId), portal.requester());
        String name = URLEncoder.encode(content.attachment().fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content.bytes(), content.attachment().type.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @ServerExceptionMapper
    Response refused(ProblemException e) {
        return PortalErrors.of(e, portal);
    }

    @ServerExceptionMapper
    Response illegal(IllegalTransitionException e) {
        return PortalErrors.of(e, portal);
    }

    /** The delivery for this requester; one it may not see is 404, as in the API. Inside a transaction. */
    static DeliveryDetail detail(Caller requester, String id) {
        UUID deliveryId = uuid(id);
        Delivery delivery = Delivery.requireVisible(Delivery.findById(deliveryId), deliveryId, requester);
        return DeliveryDetail.of(delivery, requester, Instant.now());
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Delivery " + id);
        }
    }
}
