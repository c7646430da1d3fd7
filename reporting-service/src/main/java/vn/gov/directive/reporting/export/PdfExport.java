package vn.gov.directive.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The printable "báo cáo tổng hợp" (OpenPDF): title, the directive's number and subject, the
 * table of units and the totals, on landscape A4. The font is Liberation Serif (metric-compatible
 * with Times New Roman, the font of Vietnamese official documents), read from the classpath
 * (Maven Central artifact openpdf-fonts-extra) and embedded, so the Vietnamese text prints the
 * same on every machine whatever fonts it has.
 */
public final class PdfExport {

    static final String REGULAR = "liberation/LiberationSerif-Regular.ttf";
    static final String BOLD = "liberation/LiberationSerif-Bold.ttf";

    private PdfExport() {
    }

    public static byte[] write(ComplianceTable table) {
        Font text = font(REGULAR, 9);
        Font heading = font(BOLD, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.addTitle(table.title() + " " + table.number());
        document.open();
        Paragraph title = new Paragraph(table.title(), font(BOLD, 14));
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        document.add(centered("Số: " + table.number(), text));
        document.add(centered(table.subject(), text));
        document.add(centered(table.asOfLine(), text));
        document.add(new Paragraph(" ", text));

        PdfPTable grid = new PdfPTable(widths(table.headings().size()));
        grid.setWidthPercentage(100);
        grid.setHeaderRows(1);
        table.headings().forEach(h -> grid.addCell(cell(h, heading)));
        for (List<Object> row : table.rows()) {
            row.forEach(value -> grid.addCell(cell(value, text)));
        }
        table.totals().forEach(value -> grid.addCell(cell(value, heading)));
        document.add(grid);

        document.add(new Paragraph(" ", text));
        table.counts().forEach((label, count) -> document.add(new Paragraph(label + ": " + count, text)));
        document.close();
        return out.toByteArray();
    }

    /** Relative column widths: the unit's name widest, the number columns narrow. */
    private static float[] widths(int columns) {
        float[] fixed = { 3, 9, 18, 9, 8, 8, 8, 8, 6 };
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = c < fixed.length ? fixed[c] : 6;
        }
        return widths;
    }

    private static Paragraph centered(String line, Font font) {
        Paragraph paragraph = new Paragraph(line, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static PdfPCell cell(Object value, Font font) {
        String shown = value == null ? "" : value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        PdfPCell cell = new PdfPCell(new Phrase(shown, font));
        cell.setPadding(3);
        return cell;
    }

    private static Font font(String resource, float size) {
        try (InputStream in = PdfExport.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is not on the classpath (openpdf-fonts-extra)");
            }
            BaseFont base = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            return new Font(base, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
