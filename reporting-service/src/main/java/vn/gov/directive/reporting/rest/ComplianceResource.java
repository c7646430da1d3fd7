package vn.gov.directive.reporting.rest;

import java.time.Clock;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.directive.common.rest.Page;
import vn.gov.directive.common.rest.PageRequest;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.reporting.config.ReportingConfig;
import vn.gov.directive.reporting.domain.Compliance;
import vn.gov.directive.reporting.domain.ComplianceReaders;
import vn.gov.directive.reporting.domain.ComplianceReport;
import vn.gov.directive.reporting.domain.DirectiveProgress;
import vn.gov.directive.reporting.domain.ProgressOverTime;
import vn.gov.directive.reporting.export.ComplianceFiles;
import vn.gov.directive.reporting.export.ExportFormat;
import vn.gov.directive.reporting.repository.ComplianceQueries;

@Path("/api/v1/compliance")
@Tag(name = "Compliance")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    @Inject
    ComplianceReport report;

    @Inject
    ComplianceQueries queries;

    @Inject
    ComplianceFiles files;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    ReportingConfig config;

    @GET
    @Transactional
    @Operation(summary = "Directives with their counts (the dashboard's list), newest issue first",
            description = "An issuer sees its own unit's directives; operators and auditors all; a unit officer gets 403.")
    public Page<DirectiveProgress> list(@Valid @BeanParam PageRequest page) {
        return queries.progress(clock.instant(), ComplianceReaders.onlyIssuer(caller).orElse(null), page);
    }

    @GET
    @Path("/{directiveId}")
    @Transactional
    @Operation(summary = "Where a directive stands: counts, one row per delivery, summed report fields",
            description = "Overdue is computed against the clock at the time of the request. Operators and auditors "
                    + "read every directive, an issuer its own unit's; a unit officer gets 403.")
    public Compliance compliance(@PathParam("directiveId") UUID directiveId) {
        return report.of(directiveId, caller);
    }

    @GET
    @Path("/{directiveId}/progress")
    @Transactional
    @Operation(summary = "Cumulative acknowledgments, reports and completions per day (Vietnam time)")
    public ProgressOverTime progress(@PathParam("directiveId") UUID directiveId) {
        return report.overTime(report.of(directiveId, caller), config.zone());
    }

    @GET
    @Path("/{directiveId}/export")
    @Produces({ "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf",
            "application/problem+json" })
    @Transactional
    @Operation(summary = "The directive's compliance as a file: csv (UTF-8 with BOM), xlsx or pdf (báo cáo tổng hợp)")
    public Response export(@PathParam("directiveId") UUID directiveId, @QueryParam("format") String format) {
        ExportFormat chosen = ExportFormat.parse(format);
        return files.download(report.of(directiveId, caller), chosen);
    }
}
