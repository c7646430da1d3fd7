package vn.gov.directive.reporting.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;

/** The formats a directive's compliance exports to. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", CsvExport::write),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XlsxExport::write),
    PDF("application/pdf", PdfExport::write);

    private final String mediaType;
    private final Function<ComplianceTable, byte[]> writer;

    ExportFormat(String mediaType, Function<ComplianceTable, byte[]> writer) {
        this.mediaType = mediaType;
        this.writer = writer;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] write(ComplianceTable table) {
        return writer.apply(table);
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws ProblemException 400 naming the formats there are */
    public static ExportFormat parse(String format) {
        String wanted = format == null ? "" : format.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().equals(wanted)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("Unknown export format",
                        List.of(new Problem.FieldError("format", "must be one of csv, xlsx, pdf"))));
    }
}
