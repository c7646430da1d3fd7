package vn.gov.directive.common.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.directive.common.rest.Page;
import vn.gov.directive.common.rest.PageRequest;
import vn.gov.directive.common.security.Caller;

/** The operator actions this service performed, for auditors and operators. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Caller.AUDITOR, Caller.OPERATOR })
@Tag(name = "Audit", description = "Who did which operator action, and when")
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    @Operation(summary = "The audit trail of this service's operator actions, newest first; filter: action (e.g. directory.import)")
    public Page<AuditEntry> entries(@Valid @BeanParam PageRequest paging, @QueryParam("action") String action) {
        return trail.page(action, paging);
    }
}
