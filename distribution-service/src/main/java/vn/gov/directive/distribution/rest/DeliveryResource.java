package vn.gov.directive.distribution.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.rest.Page;
import vn.gov.directive.common.rest.PageRequest;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.distribution.domain.Delivery;
import vn.gov.directive.distribution.domain.DeliveryActions;
import vn.gov.directive.distribution.domain.DeliveryFilter;
import vn.gov.directive.distribution.domain.DirectiveCopy;
import vn.gov.directive.events.DeliveryStatus;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Deliveries", description = "What each unit received, and what it and the issuer did with it")
public class DeliveryResource {

    @Inject
    Caller caller;

    @Inject
    DeliveryActions actions;

    @GET
    @Path("/inbox")
    @Operation(summary = "The caller's unit's deliveries, due first; filters: status, dueBefore (instant), overdue=true")
    public Page<DeliveryView> inbox(@Valid @BeanParam PageRequest paging, @QueryParam("status") String status,
            @QueryParam("dueBefore") String dueBefore, @QueryParam("overdue") boolean overdue) {
        String unit = caller.unit().orElseThrow(() -> ProblemException.forbidden("The token names no unit: there is no inbox"));
        DeliveryFilter filter = filter(status, dueBefore, overdue);
        return QuarkusTransaction.requiringNew().call(() -> page(filter.inboxOf(unit, Instant.now()), paging));
    }

    @GET
    @Path("/deliveries")
    @Operation(summary = "The deliveries of one directive: for its issuing unit, operators, auditors and the document system")
    public Page<DeliveryView> ofDirective(@Valid @BeanParam PageRequest paging, @QueryParam("directiveId") String directiveId,
            @QueryParam("status") String status, @QueryParam("dueBefore") String dueBefore, @QueryParam("overdue") boolean overdue) {
        UUID id = RequestParts.uuid("directiveId", directiveId);
        DeliveryFilter filter = filter(status, dueBefore, overdue);
        return QuarkusTransaction.requiringNew().call(() -> {
            DirectiveCopy directive = DirectiveCopy.findById(id);
            if (directive == null) {
                throw ProblemException.notFound("Directive " + id);
            }
            if (!directive.isFollowedBy(caller)) {
                throw ProblemException.forbidden("Only the issuing unit " + directive.issuer + ", operators and auditors list these deliveries");
            }
            return page(filter.ofDirective(id, Instant.now()), paging);
        });
    }

    @GET
    @Path("/deliveries/{id}")
    @Operation(summary = "One delivery with the letter, the report fields to fill and its history; another unit's is 404")
    public DeliveryView get(@PathParam("id") String id) {
        UUID deliveryId = RequestParts.uuid("id", id);
        return QuarkusTransaction.requiringNew().call(() -> {
            Delivery delivery = Delivery.requireVisible(Delivery.findById(deliveryId), deliveryId, caller);
            return DeliveryView.detail(delivery, Instant.now());
        });
    }

    @POST
    @Path("/deliveries/{id}/acknowledge")
    @Operation(summary = "The unit acknowledges the directive's current version")
    public DeliveryView acknowledge(@PathParam("id") String id) {
        UUID deliveryId = RequestParts.uuid("id", id);
        return view(() -> actions.acknowledge(deliveryId, caller));
    }

    @POST
    @Path("/deliveries/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The unit returns a misaddressed delivery, with a reason")
    public DeliveryView returnDelivery(@PathParam("id") String id, @NotNull @Valid DeliveryRequests.Reason body) {
        UUID deliveryId = RequestParts.uuid("id", id);
        return view(() -> actions.returnAsMisaddressed(deliveryId, caller, body.reason()));
    }

    @POST
    @Path("/deliveries/{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The unit reports (acknowledging first if it had not): a summary and the report fields' values")
    public DeliveryView report(@PathParam("id") String id, @NotNull @Valid DeliveryRequests.Report body) {
        UUID deliveryId = RequestParts.uuid("id", id);
        return view(() -> actions.report(deliveryId, caller, body.summary(), body.fields()));
    }

    @POST
    @Path("/deliveries/{id}/accept")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @Operation(summary = "The issuer accepts the report (optional comment in reason); the delivery is COMPLETED")
    public DeliveryView accept(@PathParam("id") String id, @Valid DeliveryRequests.Comment body) {
        UUID deliveryId = RequestParts.uuid("id", id);
        return view(() -> actions.acceptReport(deliveryId, caller, body == null ? null : body.reason()));
    }

    @POST
    @Path("/deliveries/{id}/request-revision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The issuer sends the report back for revision, with a reason")
    public DeliveryView requestRevision(@PathParam("id") String id, @NotNull @Valid DeliveryRequests.Reason body) {
        UUID deliveryId = RequestParts.uuid("id", id);
        return view(() -> actions.requestRevision(deliveryId, caller, body.reason()));
    }

    @POST
    @Path("/deliveries/{id}/extend-deadline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The issuer gives this delivery a later deadline, with a reason")
    public DeliveryView extendDeadline(@PathParam("id") String id, @NotNull @Valid DeliveryRequests.ExtendDeadline body) {
        UUID deliveryId = RequestParts.uuid("id", id);
        return view(() -> actions.extendDeadline(deliveryId, caller, body.deadline(), body.reason()));
    }

    /** Runs the action in its own transaction and reads the result back, history included, in another. */
    private static DeliveryView view(Supplier<Delivery> action) {
        UUID id = action.get().id;
        return QuarkusTransaction.requiringNew().call(() -> DeliveryView.afterAction(Delivery.findById(id), Instant.now()));
    }

    private static Page<DeliveryView> page(PanacheQuery<Delivery> query, PageRequest paging) {
        Instant now = Instant.now();
        List<DeliveryView> items = query.page(paging.page, paging.size).list().stream()
                .map(d -> DeliveryView.summary(d, now)).toList();
        return new Page<>(items, paging.page, paging.size, query.count());
    }

    private static DeliveryFilter filter(String status, String dueBefore, boolean overdue) {
        DeliveryStatus state = null;
        if (status != null && !status.isBlank()) {
            state = Arrays.stream(DeliveryStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                    .orElseThrow(() -> RequestParts.invalid("status", "must be one of " + Arrays.toString(DeliveryStatus.values())));
        }
        Instant due = null;
        if (dueBefore != null && !dueBefore.isBlank()) {
            try {
                due = Instant.parse(dueBefore);
            } catch (DateTimeParseException e) {
                throw RequestParts.invalid("dueBefore", "must be an ISO-8601 instant such as 2026-12-15T10:00:00Z");
            }
        }
        return new DeliveryFilter(state, due, overdue);
    }
}
