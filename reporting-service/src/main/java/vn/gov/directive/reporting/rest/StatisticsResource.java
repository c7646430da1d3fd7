package vn.gov.directive.reporting.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.reporting.config.ReportingConfig;
import vn.gov.directive.reporting.domain.ComplianceReaders;
import vn.gov.directive.reporting.domain.Statistic;
import vn.gov.directive.reporting.repository.StatisticsQueries;

/** Compliance statistics of directives issued in [from, to): by unit kind, by month. An issuer sees its own. */
@Path("/api/v1/statistics")
@Tag(name = "Compliance")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    StatisticsQueries queries;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    ReportingConfig config;

    @GET
    @Path("/unit-kinds")
    @Transactional
    @Operation(summary = "Deliveries, reports, overdue and on-time rate per unit kind")
    public List<Statistic> byUnitKind(@QueryParam("issuer") String issuer, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        String onlyIssuer = ComplianceReaders.onlyIssuer(caller).orElse(issuer);
        return queries.byUnitKind(clock.instant(), onlyIssuer, instant("from", from), instant("to", to));
    }

    @GET
    @Path("/months")
    @Transactional
    @Operation(summary = "Deliveries, reports, overdue and on-time rate per month of issue (Vietnam time)")
    public List<Statistic> byMonth(@QueryParam("issuer") String issuer, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        String onlyIssuer = ComplianceReaders.onlyIssuer(caller).orElse(issuer);
        return queries.byMonth(clock.instant(), onlyIssuer, instant("from", from), instant("to", to), config.zone());
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("Bad period",
                    List.of(new Problem.FieldError(name, "must be an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z")));
        }
    }
}
