package vn.gov.directive.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An Excel workbook (Apache POI): one sheet with the heading, the table (numbers as numbers) and the counts. */
public final class XlsxExport {

    public static final String SHEET = "Tổng hợp";

    private XlsxExport() {
    }

    public static byte[] write(ComplianceTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            row(sheet, r++, List.of(table.title()), bold);
            row(sheet, r++, List.of("Số", table.number()), null);
            row(sheet, r++, List.of("Trích yếu", table.subject()), null);
            row(sheet, r++, List.of(table.asOfLine()), null);
            r++;
            row(sheet, r++, List.copyOf(table.headings()), bold);
            for (List<Object> cells : table.rows()) {
                row(sheet, r++, cells, null);
            }
            row(sheet, r++, table.totals(), bold);
            r++;
            for (Map.Entry<String, Integer> count : table.counts().entrySet()) {
                row(sheet, r++, List.of(count.getKey(), count.getValue()), null);
            }
            for (int c = 0; c < table.headings().size(); c++) {
                sheet.autoSizeColumn(c);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, List<?> cells, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            var cell = row.createCell(c);
            Object value = cells.get(c);
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Integer count) {
                cell.setCellValue(count);
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
