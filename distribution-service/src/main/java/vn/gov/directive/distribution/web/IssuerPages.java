package vn.gov.directive.distribution.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.distribution.domain.Delivery;
import vn.gov.directive.distribution.domain.DeliveryAction;
import vn.gov.directive.distribution.domain.DeliveryFilter;
import vn.gov.directive.distribution.domain.DeliveryLifecycle;
import vn.gov.directive.distribution.domain.DirectiveCopy;
import vn.gov.directive.distribution.domain.Unit;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.web.Labels;
import vn.gov.directive.web.SignedIn;

/**
 * The issuing unit's pages: its directives, and for each the table of its deliveries with their
 * state; the decisions (accept, request a revision, extend) are on each delivery's page.
 * The same rule as the API: the issuing unit, operators and auditors see these.
 */
@Path("/portal/issued")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class IssuerPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance directives(SignedIn viewer, List<DirectiveLine> directives);

        static native TemplateInstance deliveries(SignedIn viewer, DirectiveLine directive, List<DeliveryLine> deliveries);
    }

    public record DirectiveLine(UUID id, String number, String subject, String urgency, String issuedAt, String deadline,
            long deliveries, long reported, long completed, long overdue) {
    }

    public record DeliveryLine(UUID id, String unit, String unitName, String role, String status, String statusClass,
            String deadline, boolean overdue, String acknowledgedAt, String reportedAt, boolean awaitsDecision) {
    }

    @Inject
    Portal portal;

    @Inject
    Labels labels;

    @GET
    @Transactional
    @Operation(hidden = true)
    public TemplateInstance directives() {
        String unit = portal.unit("The account names no unit");
        Instant now = Instant.now();
        List<DirectiveLine> lines = DirectiveCopy.<DirectiveCopy>list("issuer", Sort.descending("issuedAt"), unit).stream()
                .map(d -> line(d, now)).toList();
        return Templates.directives(portal.viewer(), lines);
    }

    @GET
    @Path("/{directiveId}")
    @Transactional
    @Operation(hidden = true)
    public TemplateInstance deliveries(@PathParam("directiveId") String id) {
        UUID directiveId;
        try {
            directiveId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Directive " + id);
        }
        DirectiveCopy directive = DirectiveCopy.findById(directiveId);
        Caller caller = portal.requester();
        if (directive == null) {
            throw ProblemException.notFound("Directive " + directiveId);
        }
        if (!directive.isFollowedBy(caller)) {
            throw ProblemException.forbidden("Only the issuing unit, operators and auditors list these deliveries");
        }
        Instant now = Instant.now();
        List<Delivery> deliveries = new DeliveryFilter(null, null, false).ofDirective(directiveId, now).list();
        Map<String, String> names = Unit.<Unit>list("code in ?1", deliveries.stream().map(d -> d.unit).toList()).stream()
                .collect(Collectors.toMap(u -> u.code, u -> u.name));
        List<DeliveryLine> lines = deliveries.stream().map(d -> new DeliveryLine(d.id, d.unit, names.getOrDefault(d.unit, d.unit),
                labels.role(d.role), labels.deliveryStatus(d.status), DeliveryDetail.statusClass(d, now),
                VietnamTime.dateTime(d.deadline), d.isOverdue(now), VietnamTime.dateTime(d.acknowledgedAt),
                VietnamTime.dateTime(d.reportedAt),
                DeliveryLifecycle.allows(d.status, DeliveryAction.ACCEPT_REPORT))).toList();
        return Templates.deliveries(portal.viewer(), line(directive, now), lines);
    }

    @ServerExceptionMapper
    Response refused(ProblemException e) {
        return PortalErrors.of(e, portal);
    }

    private DirectiveLine line(DirectiveCopy d, Instant now) {
        List<Delivery> deliveries = Delivery.list("directiveId", d.id);
        return new DirectiveLine(d.id, d.number, d.subject, d.urgency == Urgency.NORMAL ? "" : labels.urgency(d.urgency),
                VietnamTime.dateTime(d.issuedAt), VietnamTime.dateTime(d.deadline),
                deliveries.size(),
                deliveries.stream().filter(x -> x.status == DeliveryStatus.REPORTED).count(),
                deliveries.stream().filter(x -> x.status == DeliveryStatus.COMPLETED).count(),
                deliveries.stream().filter(x -> x.isOverdue(now)).count());
    }

}
