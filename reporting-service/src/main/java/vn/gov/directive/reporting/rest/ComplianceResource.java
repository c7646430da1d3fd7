package vn.gov.directive.reporting.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import vn.gov.directive.common.security.Caller;
import vn.gov.directive.reporting.config.ReportingConfig;
import vn.gov.directive.reporting.export.ComplianceTable;
import vn.gov.directive.reporting.export.ExportFormat;
import vn.gov.directive.reporting.domain.Compliance;
import vn.gov.directive.reporting.domain.ComplianceReport;
import vn.gov.directive.reporting.domain.ReadAccess;

@Path("/api/v1/compliance")
@Tag(name = "Compliance")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    @Inject
    ComplianceReport report;

    @Inject
    Caller caller;

    @Inject
    ReportingConfig config;

    @GET
    @Path("/{directiveId}")
    @Transactional
    @Operation(summary = "Where a directive stands: counts, one row per delivery, summed report fields",
            description = "Overdue is computed against the clock at the time of the request. Operators and auditors "
                    + "read every directive, an issuer its own unit's; a unit officer gets 403.")
    public Compliance compliance(@PathParam("directiveId") UUID directiveId) {
        return report.of(directiveId, ReadAccess.of(caller));
    }

    @GET
    @Path("/{directiveId}/export")
    @Produces({ "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf",
            "application/problem+json" })
    @Transactional
    @Operation(summary = "The directive's compliance as a file: csv (UTF-8 with BOM), xlsx or pdf (báo cáo tổng hợp)")
    public Response export(@PathParam("directiveId") UUID directiveId, @QueryParam("format") String format) {
        ExportFormat chosen = ExportFormat.parse(format);
        Compliance compliance = report.of(directiveId, ReadAccess.of(caller));
        byte[] file = chosen.write(ComplianceTable.of(compliance, config.zone()));
        return Response.ok(file, chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName(compliance, chosen) + "\"")
                .build();
    }

    /** bao-cao-tong-hop-12-STTTT-TTBCXB.pdf: ASCII only, so every browser keeps it. */
    static String fileName(Compliance compliance, ExportFormat format) {
        String number = compliance.number() == null ? compliance.directiveId().toString() : compliance.number();
        return "bao-cao-tong-hop-" + number.replaceAll("[^A-Za-z0-9]+", "-") + "." + format.extension();
    }
}
