package vn.gov.directive.distribution.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.common.ports.LocalPorts;
import vn.gov.directive.distribution.SampleFiles;
import vn.gov.directive.distribution.TestDirectives;
import vn.gov.directive.events.DirectiveAmended;
import vn.gov.directive.events.DirectiveDocument;
import vn.gov.directive.events.DirectiveIssued;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.TaskSummary;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.HeadlessChromium;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;
import vn.gov.directive.common.time.VietnamTime;

/**
 * The unit portal in a real browser (Debian's headless Chromium through its chromedriver), signed
 * in through the real Keycloak login page, on the seed directive as its letter was written. On a
 * fixed port, because Keycloak accepts only the redirect URIs its realm lists. Screenshots go to
 * target/screenshots/.
 */
@QuarkusTest
@TestProfile(PortalBrowserTests.FixedPort.class)
class PortalBrowserTests {

    public static class FixedPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.test-port", String.valueOf(LocalPorts.of("browser-test.distribution-service")));
        }
    }

    private static final String BASE = "http://localhost:" + LocalPorts.of("browser-test.distribution-service");
    private static final Duration FAN_OUT = Duration.ofSeconds(60);
    private static final String SUBJECT_START = "V/v tăng cường tuyên truyền phòng ngừa";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectKeycloak
    KeycloakTokens keycloak;

    @Inject
    TestDirectives directives;

    private HeadlessChromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private UUID directiveId;
    private Map<String, UUID> deliveries;

    /** The directory and a fresh copy of the seed directive, due in two days, for each test. */
    @BeforeEach
    void start() throws IOException {
        given().auth().oauth2(keycloak.accessToken("operator")).contentType(ContentType.JSON)
                .body(Files.readString(Path.of("../deploy/seed/units-quang-ninh-2024.json")))
                .when().post("/api/v1/directory/import")
                .then().statusCode(HttpStatus.SC_OK);
        directiveId = UUID.randomUUID();
        DirectiveIssued seed = directives.seedDirectiveAsWritten(directiveId, Instant.now().plus(2, ChronoUnit.DAYS));
        directives.publish(kafka, EventType.DIRECTIVE_ISSUED, directiveId, seed, UUID.randomUUID());
        deliveries = directives.awaitDeliveries(directiveId, seed.recipients().size(), FAN_OUT);

        chromium = HeadlessChromium.open(BASE);
        browser = chromium.driver();
        wait = chromium.await();
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aUnitFindsAcknowledgesAndReportsOnTheSeedDirective() throws IOException {
        UUID halong = deliveries.get("UBND-HALONG");
        browser.get(BASE + "/portal");
        chromium.signIn("ubnd-halong");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.inbox")));
        assertThat(browser.findElement(By.cssSelector(".who-unit")).getText()).isEqualTo("UBND thành phố Hạ Long");
        // Other tests of this class add deliveries to the same unit: the counts are those the API finds.
        String officer = keycloak.accessToken("ubnd-halong");
        int unacknowledged = given().auth().oauth2(officer).queryParam("status", "DELIVERED").queryParam("size", 1)
                .when().get("/api/v1/inbox").then().statusCode(HttpStatus.SC_OK).extract().path("total");
        int all = given().auth().oauth2(officer).queryParam("size", 1)
                .when().get("/api/v1/inbox").then().statusCode(HttpStatus.SC_OK).extract().path("total");
        assertThat(tabCount("new")).isEqualTo(String.valueOf(unacknowledged));
        assertThat(tabCount("all")).isEqualTo(String.valueOf(all));
        assertThat(Integer.parseInt(tabCount("due-soon"))).isPositive();
        assertThat(browser.findElement(By.cssSelector("a[href='/portal/deliveries/" + halong + "']")).getText()).startsWith(SUBJECT_START);
        chromium.shoot("1-inbox");

        // Searching without diacritics finds the Vietnamese subject.
        browser.findElement(By.id("q")).sendKeys("tang cuong tuyen truyen");
        browser.findElement(By.cssSelector("form.search button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("q=tang"));
        List<WebElement> found = browser.findElements(By.cssSelector("ul.inbox li.item h2"));
        assertThat(found).isNotEmpty().allSatisfy(title -> assertThat(title.getText()).startsWith(SUBJECT_START));
        browser.findElement(By.id("q")).clear();
        browser.findElement(By.id("q")).sendKeys("khong co van ban nay");
        browser.findElement(By.cssSelector("form.search button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("q=khong"));
        assertThat(browser.findElements(By.cssSelector("ul.inbox li.item"))).isEmpty();
        browser.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/portal/deliveries/" + halong + "']"))).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.letter")));
        WebElement letter = browser.findElement(By.cssSelector("article.letter"));
        assertThat(letter.getText()).contains("Sở Thông tin và Truyền thông".toUpperCase()).contains("Kính gửi:")
                .contains("Nguyễn Thanh Trà")
                .contains("Nơi nhận:").contains("Lưu: VT, TTBCXB.").contains(SUBJECT_START);
        // 37 addressees: the first ones shown, the others one click away (still in the page for screen readers).
        assertThat(letter.findElement(By.cssSelector(".kinh-gui")).getAttribute("textContent")).contains("UBND thành phố Hạ Long");
        assertThat(browser.findElement(By.id("tasks-title")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("ol.tasks")).getText()).contains("Số buổi/lượt tuyên truyền");
        chromium.shoot("2-delivery");

        browser.findElement(By.id("acknowledge")).click();
        WebElement done = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#done[role=status]")));
        assertThat(done.getText()).contains("Đã xác nhận đã nhận văn bản");
        assertThat(browser.findElements(By.id("acknowledge"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("table.history")).getText()).contains("Xác nhận đã nhận").contains("ubnd-halong");
        chromium.shoot("3-acknowledged");
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().get("/api/v1/deliveries/" + halong)
                .then().statusCode(HttpStatus.SC_OK).body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedVersion", equalTo(1));

        // A report refused: the messages are Vietnamese, beside their inputs, and nothing is sent.
        browser.findElement(By.id("report")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("send-report")));
        browser.findElement(By.id("field-sessions")).sendKeys("năm buổi");
        browser.findElement(By.id("send-report")).click();
        WebElement errors = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
        assertThat(errors.getText()).contains("Vui lòng nhập nội dung báo cáo.").contains("Số buổi/lượt tuyên truyền phải là số nguyên");
        assertThat(browser.findElement(By.id("field-sessions")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("field-sessions")).getAttribute("value")).isEqualTo("năm buổi");
        chromium.shoot("4-report-refused");

        Path pdf = Files.createTempDirectory("portal-report").resolve("Báo cáo tuyên truyền.pdf");
        Files.write(pdf, SampleFiles.pdf());
        browser.findElement(By.id("summary")).sendKeys("Đã tổ chức 5 buổi tuyên truyền tại các phường <b>trung tâm</b>");
        browser.findElement(By.id("field-sessions")).clear();
        browser.findElement(By.id("field-sessions")).sendKeys("5");
        browser.findElement(By.id("field-people_reached")).sendKeys("1200");
        browser.findElement(By.id("files")).sendKeys(pdf.toAbsolutePath().toString());
        chromium.shoot("5-report-filled");
        browser.findElement(By.id("send-report")).click();
        WebElement sent = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sent")));
        assertThat(sent.getText()).isEqualTo("Đã gửi báo cáo");
        // The user's markup is shown as text, never rendered.
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("<b>trung tâm</b>").contains("Báo cáo tuyên truyền.pdf");
        assertThat(browser.findElements(By.cssSelector("main b"))).isEmpty();
        chromium.shoot("6-report-sent");

        given().auth().oauth2(officer).when().get("/api/v1/deliveries/" + halong)
                .then().statusCode(HttpStatus.SC_OK).body("status", equalTo("REPORTED"))
                .body("report.summary", equalTo("Đã tổ chức 5 buổi tuyên truyền tại các phường <b>trung tâm</b>"))
                .body("report.fields.sessions", equalTo(5)).body("report.fields.people_reached", equalTo(1200));
        given().auth().oauth2(officer).when().get("/api/v1/deliveries/" + halong + "/attachments")
                .then().statusCode(HttpStatus.SC_OK).body("", hasSize(1))
                .body("[0].fileName", equalTo("Báo cáo tuyên truyền.pdf")).body("[0].mediaType", equalTo("application/pdf"));

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(BASE + "/portal/deliveries/" + halong);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.letter")));
        assertThat(sidewaysScroll()).as("no sideways scrolling of the page on a phone").isLessThanOrEqualTo(0);
        chromium.shoot("7-delivery-phone");
        browser.get(BASE + "/portal?tab=done");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.inbox li.item")));
        assertThat(sidewaysScroll()).isLessThanOrEqualTo(0);
        chromium.shoot("8-inbox-phone-done");
    }

    @Test
    void anotherUnitCannotOpenTheDeliveryNorPostWithoutTheFormToken() throws IOException {
        UUID halong = deliveries.get("UBND-HALONG");
        UUID campha = deliveries.get("UBND-CAMPHA");
        browser.get(BASE + "/portal/deliveries/" + halong);
        chromium.signIn("ubnd-campha");
        WebElement heading = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(heading.getText()).isEqualTo("Không tìm thấy");
        assertThat(browser.getPageSource()).doesNotContain(SUBJECT_START);
        chromium.shoot("9-other-unit-not-found");

        // Its own delivery opens, but a form posted without the session's token is refused and changes nothing.
        browser.get(BASE + "/portal/deliveries/" + campha);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("acknowledge")));
        Object forged = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/portal/deliveries/' + arguments[0] + '/acknowledge', { method: 'POST', redirect: 'manual',
                    headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'csrf=forged' })
                  .then(r => done(r.status), e => done(String(e)));""", campha.toString());
        assertThat(((Number) forged).intValue()).isEqualTo(HttpStatus.SC_FORBIDDEN);
        // So is a multipart report (the form that carries files) without it.
        Object forgedReport = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = new FormData();
                form.append('summary', 'Báo cáo giả mạo');
                form.append('files', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'gia-mao.pdf');
                fetch('/portal/deliveries/' + arguments[0] + '/report', { method: 'POST', redirect: 'manual', body: form })
                  .then(r => done(r.status), e => done(String(e)));""", campha.toString());
        assertThat(((Number) forgedReport).intValue()).isEqualTo(HttpStatus.SC_FORBIDDEN);
        assertThat(directives.status(campha)).isEqualTo("DELIVERED");
        given().auth().oauth2(keycloak.accessToken("ubnd-campha")).when().get("/api/v1/deliveries/" + campha + "/attachments")
                .then().statusCode(HttpStatus.SC_OK).body("", hasSize(0));

        browser.get(BASE + "/portal/logout");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).contains("/realms/directives/");
    }

    @Test
    void theIssuerFollowsItsDeliveriesExtendsADeadlineAndAcceptsAReport() throws IOException {
        UUID campha = deliveries.get("UBND-CAMPHA");
        UUID uongbi = deliveries.get("UBND-UONGBI");
        for (Map.Entry<String, UUID> unit : Map.of("ubnd-campha", campha, "ubnd-uongbi", uongbi).entrySet()) {
            given().auth().oauth2(keycloak.accessToken(unit.getKey())).contentType(ContentType.JSON)
                    .body(Map.of("summary", "Đã tổ chức 3 buổi", "fields", Map.of("sessions", 3)))
                    .when().post("/api/v1/deliveries/" + unit.getValue() + "/report")
                    .then().statusCode(HttpStatus.SC_OK);
        }

        browser.get(BASE + "/portal/issued");
        chromium.signIn("stttt");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/portal/issued/" + directiveId + "']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.deliveries")));
        assertThat(browser.findElements(By.cssSelector("table.deliveries tbody tr"))).hasSize(deliveries.size());
        WebElement row = browser.findElement(By.xpath("//tr[th/a[@href='/portal/deliveries/" + campha + "']]"));
        assertThat(row.getText()).contains("UBND thành phố Cẩm Phả").contains("Đã báo cáo");
        chromium.shoot("10-issuer-deliveries");

        row.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accept")));
        assertThat(browser.findElement(By.id("report-title")).isDisplayed()).isTrue();
        browser.findElement(By.xpath("//summary[normalize-space()='Gia hạn xử lý']")).click();
        browser.findElement(By.id("extend-reason")).sendKeys("Đơn vị đề nghị thêm thời gian tổng hợp");
        WebElement deadline = browser.findElement(By.id("deadline"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", deadline,
                VietnamTime.inputValue(Instant.now().plus(9, ChronoUnit.DAYS)));
        deadline.submit();
        WebElement done = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#done[role=status]")));
        assertThat(done.getText()).contains("Đã gia hạn");
        chromium.shoot("11-issuer-extended");

        browser.findElement(By.id("comment")).sendKeys("Báo cáo đạt yêu cầu");
        browser.findElement(By.id("accept")).click();
        done = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#done[role=status]")));
        assertThat(done.getText()).contains("Đã chấp nhận báo cáo");
        chromium.shoot("12-issuer-accepted");

        given().auth().oauth2(keycloak.accessToken("stttt")).when().get("/api/v1/deliveries/" + campha)
                .then().statusCode(HttpStatus.SC_OK).body("status", equalTo("COMPLETED"))
                .body("history.action", equalTo(List.of("ACKNOWLEDGE", "REPORT", "EXTEND_DEADLINE", "ACCEPT_REPORT")))
                .body("history[3].reason", equalTo("Báo cáo đạt yêu cầu"));

        browser.get(BASE + "/portal/issued/" + directiveId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/portal/deliveries/" + uongbi + "']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//summary[normalize-space()='Yêu cầu bổ sung báo cáo']"))).click();
        browser.findElement(By.id("revision-reason")).sendKeys("Bổ sung số người được tiếp cận");
        browser.findElement(By.id("revision-reason")).submit();
        done = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#done[role=status]")));
        assertThat(done.getText()).contains("Đã gửi yêu cầu bổ sung");
        given().auth().oauth2(keycloak.accessToken("ubnd-uongbi")).when().get("/api/v1/deliveries/" + uongbi)
                .then().statusCode(HttpStatus.SC_OK).body("status", equalTo("REVISION_REQUESTED"))
                .body("history[-1].reason", equalTo("Bổ sung số người được tiếp cận"));
    }

    @Test
    void anAmendedDirectiveShowsWhatChangedAndAsksForANewAcknowledgment() throws IOException {
        UUID halong = deliveries.get("UBND-HALONG");
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().post("/api/v1/deliveries/" + halong + "/acknowledge")
                .then().statusCode(HttpStatus.SC_OK);
        Instant later = Instant.now().plus(12, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        UUID amendment = UUID.randomUUID();
        directives.publish(kafka, EventType.DIRECTIVE_AMENDED, directiveId, new DirectiveAmended(directiveId, 2,
                "99/STTTT-TTBCXB", "V/v tăng cường tuyên truyền phòng ngừa tội phạm công nghệ cao (sửa đổi)", later,
                "Lùi hạn báo cáo", Instant.now(), "stttt",
                new DirectiveDocument("Quảng Ninh", "Nội dung đã sửa: báo cáo trước ngày mới.", "Nguyễn Thanh Trà", "Giám đốc", null,
                        "TTBCXB", List.of(), List.of("VT", "TTBCXB")),
                List.of(new TaskSummary("T1", "Báo cáo kết quả tuyên truyền", List.of("UBND-HALONG"), later, List.of()))), amendment);
        org.awaitility.Awaitility.await().atMost(FAN_OUT).until(() -> directives.processed(amendment));

        browser.get(BASE + "/portal?tab=new");
        chromium.signIn("ubnd-halong");
        WebElement line = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//li[contains(@class,'item')][.//a[@href='/portal/deliveries/" + halong + "']]")));
        assertThat(line.getText()).contains("Đã sửa đổi, cần xác nhận lại").contains("(sửa đổi)");
        line.findElement(By.tagName("a")).click();
        WebElement amended = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.amended")));
        assertThat(amended.getText()).contains("phiên bản 2").contains("Trích yếu").contains("(sửa đổi)").contains("Hạn xử lý")
                .contains(VietnamTime.dateTime(later));
        chromium.shoot("13-amended");
        browser.findElement(By.id("acknowledge")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#done[role=status]")));
        assertThat(browser.findElements(By.cssSelector("section.amended"))).isEmpty();
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().get("/api/v1/deliveries/" + halong)
                .then().statusCode(HttpStatus.SC_OK).body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedVersion", equalTo(2));
    }

    private String tabCount(String tab) {
        return browser.findElement(By.cssSelector("a.tab-" + tab + " .count")).getText();
    }

    private int sidewaysScroll() {
        return ((Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
    }

}
