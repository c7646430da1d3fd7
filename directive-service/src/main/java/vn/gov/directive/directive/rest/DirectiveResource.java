package vn.gov.directive.directive.rest;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.rest.Page;
import vn.gov.directive.common.rest.PageRequest;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.common.text.VietnameseText;
import vn.gov.directive.directive.domain.DirectiveReads;
import vn.gov.directive.directive.domain.DirectiveService;
import vn.gov.directive.directive.domain.DirectiveStatus;
import vn.gov.directive.directive.domain.DirectiveSubmission;
import vn.gov.directive.events.Recipient;

@Path("/api/v1/directives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directives", description = "Draft, number, issue, amend and recall directives")
public class DirectiveResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    Caller caller;

    @Inject
    DirectiveSubmission submission;

    @Inject
    DirectiveService directives;

    @Inject
    DirectiveReads reads;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Caller.ISSUER, Caller.INTEGRATION })
    @Operation(summary = "Create a draft (201); with issue=true it is issued at once. A repeat (same externalRef for the issuer, "
            + "or same Idempotency-Key) answers 200 with the first result and creates nothing")
    public Response create(@NotNull @Valid DirectiveRequest request, @QueryParam("issue") boolean issue,
            @HeaderParam(IDEMPOTENCY_KEY) @Size(max = 200) String idempotencyKey) {
        DirectiveSubmission.Outcome outcome = submission.submit(request.issuer(), request.toContent(), request.externalRef(),
                idempotencyKey, issue, caller);
        DirectiveView view = DirectiveView.of(reads.state(outcome.id(), caller));
        return (outcome.created() ? Response.created(URI.create("/api/v1/directives/" + outcome.id())) : Response.ok())
                .entity(view).build();
    }

    @POST
    @Path("/{id}/issue")
    @RolesAllowed({ Caller.ISSUER, Caller.INTEGRATION })
    @Operation(summary = "Issue a draft: expand its recipients, give it the next number of the issuer's register, publish DirectiveIssued")
    public DirectiveView issue(@PathParam("id") UUID id) {
        directives.issue(id, caller);
        return view(id);
    }

    @POST
    @Path("/{id}/amend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Caller.ISSUER, Caller.INTEGRATION })
    @Operation(summary = "Amend an issued directive: a new version, same recipients, DirectiveAmended")
    public DirectiveView amend(@PathParam("id") UUID id, @NotNull @Valid AmendRequest request) {
        directives.amend(id, request.toDomain(), caller);
        return view(id);
    }

    @POST
    @Path("/{id}/recall")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Caller.ISSUER, Caller.INTEGRATION })
    @Operation(summary = "Recall an issued directive: open deliveries close, reminders stop")
    public DirectiveView recall(@PathParam("id") UUID id, @NotNull @Valid RecallRequest request) {
        directives.recall(id, VietnameseText.nfc(request.reason()), caller);
        return view(id);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Caller.ISSUER, Caller.INTEGRATION, Caller.OPERATOR, Caller.AUDITOR })
    @Operation(summary = "A directive with its recipients by role and the progress of its deliveries")
    public DirectiveView get(@PathParam("id") UUID id) {
        return view(id);
    }

    @GET
    @Path("/{id}/recipients")
    @RolesAllowed({ Caller.ISSUER, Caller.INTEGRATION, Caller.OPERATOR, Caller.AUDITOR })
    @Operation(summary = "The expanded recipients of an issued directive, by unit code")
    public Page<Recipient> recipients(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return reads.recipients(id, caller, paging);
    }

    @GET
    @RolesAllowed({ Caller.ISSUER, Caller.INTEGRATION, Caller.OPERATOR, Caller.AUDITOR })
    @Operation(summary = "Directives, newest first; q searches the subject ignoring diacritics (\"tuyen truyen\" finds \"tuyên truyền\")")
    public Page<DirectiveSummary> list(@QueryParam("issuer") String issuer, @QueryParam("status") String status,
            @QueryParam("q") @Size(max = 200) String q, @Valid @BeanParam PageRequest paging) {
        return reads.list(issuer, status(status), q, caller, paging).map(DirectiveSummary::of);
    }

    private DirectiveView view(UUID id) {
        return DirectiveView.of(reads.state(id, caller));
    }

    private static DirectiveStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DirectiveStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("Unknown status " + status, List.of(new Problem.FieldError("status",
                    "must be one of " + Arrays.toString(DirectiveStatus.values()))));
        }
    }
}
