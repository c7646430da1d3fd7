package vn.gov.directive.reporting.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, so spreadsheet programs read the Vietnamese
 * text right. The table first, then the counts. A text cell that a spreadsheet would read as a
 * formula (it begins with = + - @, a tab or a CR: OWASP "CSV injection") is written with a
 * leading single quote, and quoted; numbers are numbers and stay as they are.
 */
public final class CsvExport {

    private static final String BOM = "\uFEFF";
    private static final String EOL = "\r\n";

    private CsvExport() {
    }

    public static byte[] write(ComplianceTable table) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, List.of(table.title()));
        line(csv, List.of("Số", table.number()));
        line(csv, List.of("Trích yếu", table.subject()));
        line(csv, List.of(table.asOfLine()));
        line(csv, List.copyOf(table.headings()));
        table.rows().forEach(row -> line(csv, row));
        line(csv, table.totals());
        table.counts().forEach((label, count) -> line(csv, List.of(label, count)));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<?> cells) {
        csv.append(cells.stream().map(CsvExport::cell).collect(Collectors.joining(","))).append(EOL);
    }

    static String cell(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = String.valueOf(value);
        if (formulaLike(text)) {
            return "\"'" + text.replace("\"", "\"\"") + "\"";
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    static boolean formulaLike(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
