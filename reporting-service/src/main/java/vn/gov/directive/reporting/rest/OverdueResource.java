package vn.gov.directive.reporting.rest;

import java.time.Clock;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import vn.gov.directive.reporting.domain.ComplianceReaders;
import vn.gov.directive.reporting.domain.OverdueDelivery;
import vn.gov.directive.reporting.repository.ComplianceQueries;

@Path("/api/v1/overdue")
@Tag(name = "Compliance")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueResource {

    @Inject
    ComplianceQueries queries;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @Transactional
    @Operation(summary = "ACTION deliveries still owing their report after the deadline, most overdue first",
            description = "An issuer sees its own unit's directives only; operators and auditors all.")
    public Page<OverdueDelivery> overdue(@QueryParam("directiveId") UUID directiveId, @QueryParam("unit") String unit,
            @QueryParam("issuer") String issuer, @Valid @BeanParam PageRequest page) {
        String onlyIssuer = ComplianceReaders.onlyIssuer(caller).orElse(issuer);
        return queries.overdue(clock.instant(), onlyIssuer, unit, directiveId, page);
    }
}
