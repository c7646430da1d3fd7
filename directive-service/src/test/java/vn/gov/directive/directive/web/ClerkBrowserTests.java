package vn.gov.directive.directive.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import vn.gov.directive.common.directory.ReplicaUnit;
import vn.gov.directive.common.ports.LocalPorts;
import vn.gov.directive.directive.SeedFiles;
import vn.gov.directive.directive.TestDirectory;
import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.testsupport.HeadlessChromium;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/**
 * The clerk's pages in a real browser (Debian's headless Chromium through its chromedriver),
 * signed in through the real Keycloak login page. On a fixed port, because Keycloak accepts only
 * the redirect URIs its realm lists. Screenshots go to target/screenshots/.
 */
@QuarkusTest
@TestProfile(ClerkBrowserTests.FixedPort.class)
class ClerkBrowserTests {

    public static class FixedPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.test-port", String.valueOf(LocalPorts.of("browser-test.directive-service")));
        }
    }

    private static final String BASE = "http://localhost:" + LocalPorts.of("browser-test.directive-service");
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @InjectKeycloak
    KeycloakTokens keycloak;

    @Inject
    TestDirectory directory;

    private HeadlessChromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws IOException {
        directory.loadSeed();
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
    void clerkDraftsIsRefusedWhereWrongThenIssuesToAGroupAndUnits() throws IOException {
        browser.get(BASE + "/clerk");
        chromium.signIn("stttt");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Văn bản đi của đơn vị"));
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains("Sở Thông tin và Truyền thông");
        chromium.shoot("1-list");

        browser.findElement(By.linkText("Soạn văn bản mới")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Soạn văn bản"));
        String word = "kiemtra" + UUID.randomUUID().toString().substring(0, 8);
        String subject = "V/v kiểm tra trang soạn thảo <b>đậm</b> " + word;
        type("symbol", "STTTT-VP");
        type("subject", subject);
        type("body", "Kính gửi các đơn vị,\nĐề nghị các đơn vị tăng cường tuyên truyền.");
        type("signerTitle", "Giám đốc");
        new Select(browser.findElement(By.id("urgency"))).selectByValue("URGENT");

        // The filter matches without diacritics and hides the rest.
        type("recipient-filter", "ha long");
        assertThat(browser.findElement(By.id("r-U-UBND-HALONG")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("r-U-SNV")).isDisplayed()).isFalse();
        pick("U:UBND-HALONG", "FOR_INFO");
        browser.findElement(By.id("recipient-filter")).clear();
        type("recipient-filter", " ");
        pick("G:PROVINCIAL_AGENCIES", "ACTION");
        pick("U:CA-TINH", "COORDINATE");
        assertThat(browser.findElement(By.cssSelector("[data-picked]")).getText()).startsWith("Đã chọn 3");
        type("task-0-title", "Đăng tin, bài tuyên truyền về thủ đoạn lừa đảo");
        type("task-0-field", "Số tin, bài đã đăng");
        type("deadline", LocalDateTime.now(VietnamTime.ZONE).minusDays(1).format(FIELD));

        // Without the signer's name: refused next to the field, everything typed kept.
        browser.findElement(By.cssSelector("button[value=draft]")).click();
        WebElement nameError = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signerName-error")));
        assertThat(nameError.getText()).contains("Chưa nhập");
        assertThat(browser.findElement(By.id("signerName")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("subject")).getAttribute("value")).isEqualTo(subject);
        assertThat(new Select(browser.findElement(By.id("r-G-PROVINCIAL_AGENCIES"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("G:PROVINCIAL_AGENCIES:ACTION");
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Người ký");
        assertThat(browser.findElements(By.tagName("b"))).as("the subject's markup is text, never rendered").isEmpty();
        chromium.shoot("2-form-missing-signer");
        browser.findElement(By.cssSelector("#error-summary a[href='#signerName']")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the summary's link focuses its field")
                .isEqualTo("signerName");

        // The deadline in the past: the domain's refusal, next to the field.
        type("signerName", "Nguyễn Thanh Trà");
        browser.findElement(By.cssSelector("button[value=draft]")).click();
        WebElement deadlineError = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deadline-error")));
        assertThat(deadlineError.getText()).contains("Hạn phải sau thời điểm hiện tại");
        assertThat(browser.findElements(By.id("signerName-error"))).isEmpty();
        chromium.shoot("3-form-deadline-past");

        browser.findElement(By.id("deadline")).clear();
        type("deadline", LocalDateTime.now(VietnamTime.ZONE).plusDays(10).withHour(17).withMinute(0).format(FIELD));
        browser.findElement(By.cssSelector("button[value=draft]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("done")).getText()).startsWith("Đã lưu dự thảo");
        assertThat(browser.findElement(By.cssSelector(".sheet-head .status-DRAFT")).getText()).isEqualTo("Dự thảo");
        int provincial = provincialAgenciesButTheIssuer();
        assertThat(browser.findElement(By.cssSelector("#recipients-heading + ul + h3 .total")).getText())
                .isEqualTo(String.valueOf(provincial + 2));
        chromium.shoot("4-draft");

        browser.findElement(By.cssSelector("form.issue-form button[type=submit]")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        WebElement done = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        assertThat(done.getText()).matches("Đã ban hành văn bản số \\d+/STTTT-VP, gửi đến " + (provincial + 2) + " đơn vị\\.");
        assertThat(count("Chủ trì, thực hiện")).isEqualTo(provincial);
        assertThat(count("Phối hợp")).isEqualTo(1);
        assertThat(count("Để biết")).isEqualTo(1);
        assertThat(browser.findElements(By.cssSelector("form.issue-form"))).isEmpty();
        chromium.shoot("5-issued");

        String id = browser.getCurrentUrl().replaceFirst(".*[?&]id=([0-9a-f-]+).*", "$1");
        String number = browser.findElement(By.tagName("h1")).getText().replaceFirst("^Số ", "");
        given().auth().oauth2(keycloak.accessToken("stttt")).when().get("/api/v1/directives/" + id)
                .then().statusCode(HttpStatus.SC_OK)
                .body("status", equalTo("ISSUED"))
                .body("number", equalTo(number))
                .body("number", matchesPattern("^[1-9][0-9]*/STTTT-VP$"))
                .body("subject", equalTo(subject))
                .body("urgency", equalTo("URGENT"))
                .body("recipientCount", equalTo(provincial + 2))
                .body("recipientsByRole.ACTION", equalTo(provincial))
                .body("recipientsByRole.COORDINATE", equalTo(1))
                .body("recipientsByRole.FOR_INFO", equalTo(1))
                .body("tasks[0].reportFields[0].label", equalTo("Số tin, bài đã đăng"))
                .body("tasks[0].assignees[0].group", equalTo("PROVINCIAL_AGENCIES"));

        // The list finds it without diacritics, with its number.
        browser.get(BASE + "/clerk");
        type("q", "trang soan thao <b>dam</b> " + word);
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("q="));
        List<WebElement> rows = browser.findElements(By.cssSelector("table.directives tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains(number).contains("Đã ban hành");
        chromium.shoot("6-list-search");

        // Without the CSRF token a form post is refused.
        Object forged = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/clerk/directive/issue', { method: 'POST', redirect: 'manual',
                    headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'id=' + arguments[0] })
                  .then(r => done(r.status), e => done(String(e)));""", id);
        assertThat(((Number) forged).intValue()).isEqualTo(HttpStatus.SC_BAD_REQUEST);

        // On a phone: no sideways scrolling.
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(BASE + "/clerk/new");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Soạn văn bản"));
        assertThat(sidewaysOverflow()).as("no sideways scrolling of the form on a phone").isLessThanOrEqualTo(0);
        chromium.shoot("7-form-phone");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('recipients').scrollIntoView();");
        chromium.shootScreen("7b-form-phone-recipients");
        browser.get(BASE + "/clerk?q=" + word);
        assertThat(sidewaysOverflow()).as("no sideways scrolling of the list on a phone").isLessThanOrEqualTo(0);
        chromium.shoot("8-list-phone");
    }

    @Test
    void aUnitOfficerGetsAVietnameseRefusal() throws IOException {
        browser.get(BASE + "/clerk/new");
        chromium.signIn("ubnd-halong");
        WebElement heading = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(heading.getText()).isEqualTo("Không có quyền truy cập");
        assertThat(browser.findElements(By.tagName("form"))).isEmpty();
        chromium.shoot("9-forbidden");

        browser.get(BASE + "/logout");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).contains("/realms/directives/");
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private void pick(String key, String role) {
        new Select(browser.findElement(By.id("r-" + key.replace(':', '-')))).selectByValue(key + ":" + role);
    }

    private int count(String role) {
        return Integer.parseInt(browser.findElement(By.cssSelector("dd[data-count='" + role + "']")).getText());
    }

    private int sidewaysOverflow() {
        return ((Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
    }

    private static int provincialAgenciesButTheIssuer() {
        return (int) SeedFiles.units().stream().map(ReplicaUnit::groups).filter(g -> g.contains("PROVINCIAL_AGENCIES")).count() - 1;
    }

}
