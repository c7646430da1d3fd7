package vn.gov.directive.reporting.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import vn.gov.directive.reporting.config.ReportingConfig;
import vn.gov.directive.reporting.domain.Compliance;

/** A directive's compliance as a file to download, for the API and the dashboard alike. */
@ApplicationScoped
public class ComplianceFiles {

    @Inject
    ReportingConfig config;

    public Response download(Compliance compliance, ExportFormat format) {
        byte[] file = format.write(ComplianceTable.of(compliance, config.zone()));
        return Response.ok(file, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName(compliance, format) + "\"")
                .build();
    }

    /** bao-cao-tong-hop-12-STTTT-TTBCXB.pdf: ASCII only, so every browser keeps it. */
    static String fileName(Compliance compliance, ExportFormat format) {
        String number = compliance.number() == null ? compliance.directiveId().toString() : compliance.number();
        return "bao-cao-tong-hop-" + number.replaceAll("[^A-Za-z0-9]+", "-") + "." + format.extension();
    }
}
