package vn.gov.directive.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.http.HttpStatus;
import org.apache.kafka.clients.producer.ProducerRecord;
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
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.common.ports.LocalPorts;
import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.testsupport.CloudEventRecords;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.HeadlessChromium;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/**
 * The pages in a real browser (Debian's headless Chromium through its chromedriver), signed in
 * through the real Keycloak login page. On a fixed port, because Keycloak accepts only the redirect
 * URIs its realm lists. Screenshots go to target/screenshots/.
 */
@QuarkusTest
@TestProfile(BrowserTests.FixedPort.class)
class BrowserTests {

    public static class FixedPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.test-port", String.valueOf(LocalPorts.of("browser-test.reporting-service")));
        }
    }

    private static final String BASE = "http://localhost:" + LocalPorts.of("browser-test.reporting-service");
    private static final String DEAD_LETTERS = TestEvents.PREFIX + "delivery-events.dlq";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectKeycloak
    KeycloakTokens keycloak;

    private HeadlessChromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws IOException {
        Scenario.ensurePublished(kafka, keycloak);
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
    void issuerSeesItsDirectiveWithProgressAndItsChart() throws IOException {
        browser.get(BASE + "/dashboard");
        chromium.signIn("stttt");

        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//li[contains(@class,'directive')][.//a[normalize-space()='" + Scenario.NUMBER + "']]")));
        List<WebElement> bars = item.findElements(By.tagName("progress"));
        assertThat(bars).hasSize(3);
        assertThat(bars.get(0).getAttribute("max")).isEqualTo("6");
        assertThat(bars.get(0).getAttribute("value")).isEqualTo("3"); // acknowledged
        assertThat(bars.get(1).getAttribute("value")).isEqualTo("2"); // reported
        assertThat(item.findElement(By.cssSelector(".badge-alarm")).getText()).isEqualTo("1 quá hạn");
        assertThat(browser.getPageSource()).doesNotContain("7/SNV-VP"); // another issuer's directive
        chartDrawn("kinds-table");
        chromium.shoot("1-dashboard-list");

        item.findElement(By.linkText(Scenario.NUMBER)).click();
        wait.until(ExpectedConditions.titleContains(Scenario.NUMBER));
        chartDrawn("progress-table");
        assertThat(browser.findElement(By.cssSelector("table.units")).getText()).contains(Scenario.COMPLETED_NAME);
        assertThat(browser.findElements(By.cssSelector("table.units tbody tr"))).hasSize(6);
        assertThat(browser.findElements(By.cssSelector("table.units tr.overdue"))).hasSize(1);
        chromium.shoot("2-directive");

        new Select(browser.findElement(By.id("f-overdue"))).selectByValue("yes");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("overdue=yes"));
        List<WebElement> rows = browser.findElements(By.cssSelector("table.units tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains(Scenario.OVERDUE);
        assertThat(browser.findElement(By.cssSelector("a[href$='format=pdf']")).getAttribute("href"))
                .endsWith("/dashboard/directives/" + Scenario.DIRECTIVE + "/export?format=pdf");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(BASE + "/dashboard/directives/" + Scenario.DIRECTIVE);
        chartDrawn("progress-table");
        Number overflow = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("no sideways scrolling of the page on a phone").isLessThanOrEqualTo(0);
        chromium.shoot("3-directive-phone");
    }

    @Test
    void operatorSeesRealConsumerGroupsAndReplaysADeadLetter() throws IOException {
        UUID directive = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        String unit = TestEvents.freshCode("TRINHDUYET");
        DeliveryCreated created = new DeliveryCreated(delivery, directive, 1, unit, Role.ACTION, DeliveryStatus.DELIVERED,
                Instant.now().plus(Duration.ofDays(3)), "9/STTTT-VP", "V/v <b>thử</b> phát lại qua trình duyệt", Urgency.NORMAL,
                Instant.now(), 1);
        ProducerRecord<String, String> record = CloudEventRecords.record(DEAD_LETTERS, EventType.DELIVERY_CREATED,
                delivery.toString(), created, UUID.randomUUID());
        record.headers().add("dead-letter-reason", "cơ sở dữ liệu không trả lời".getBytes(StandardCharsets.UTF_8));
        record.headers().add("dead-letter-topic", (TestEvents.PREFIX + "delivery-events").getBytes(StandardCharsets.UTF_8));
        kafka.produce(String.class, String.class).fromRecords(List.of(record)).awaitCompletion(Duration.ofSeconds(20));

        browser.get(BASE + "/ops");
        chromium.signIn("operator");
        WebElement group = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//details[contains(@class,'group')][.//span[@class='group-name' and text()='reporting-service']]")));
        group.findElement(By.tagName("summary")).click();
        assertThat(group.getText()).contains(TestEvents.PREFIX + "delivery-events");
        assertThat(browser.findElement(By.id("topics-caption")).isDisplayed()).isTrue();
        chromium.shoot("4-ops");

        browser.findElement(By.linkText(DEAD_LETTERS)).click();
        WebElement letter = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//article[contains(@class,'letter')][.//code[text()='" + delivery + "']]")));
        assertThat(letter.getText()).contains("cơ sở dữ liệu không trả lời");
        // The payload's markup is shown as text, never rendered.
        assertThat(letter.findElement(By.cssSelector("pre.payload")).getText()).contains("<b>thử</b>");
        assertThat(letter.findElements(By.tagName("b"))).isEmpty();

        // Without the CSRF token the replay is refused.
        String form = "topic=" + DEAD_LETTERS + "&partition=" + letter.findElement(By.name("partition")).getAttribute("value")
                + "&offset=" + letter.findElement(By.name("offset")).getAttribute("value");
        Object forged = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/ops/dead-letters/replay', { method: 'POST', redirect: 'manual',
                    headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: arguments[0] })
                  .then(r => done(r.status), e => done(String(e)));""", form);
        assertThat(((Number) forged).intValue()).isEqualTo(HttpStatus.SC_BAD_REQUEST);

        letter.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement notice = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice[role=status]")));
        assertThat(notice.getText()).startsWith("Đã đưa lại thư").contains(TestEvents.PREFIX + "delivery-events/");
        chromium.shoot("5-dead-letters");

        String operator = keycloak.accessToken("operator");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(operator)
                .when().get("/api/v1/compliance/" + directive)
                .then().statusCode(HttpStatus.SC_OK)
                .body("units[0].unit", equalTo(unit)));
    }

    @Test
    void unitOfficerGetsAVietnameseRefusal() throws IOException {
        browser.get(BASE + "/dashboard");
        chromium.signIn("ubnd-halong");
        WebElement heading = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(heading.getText()).isEqualTo("Không có quyền truy cập");
        assertThat(browser.getPageSource()).doesNotContain(Scenario.NUMBER);
        chromium.shoot("6-forbidden");

        browser.get(BASE + "/logout");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).contains("/realms/directives/");
    }

    /** The chart library drew an SVG of real size into the holder of the table's chart. */
    private void chartDrawn(String table) {
        WebElement svg = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-chart-for='" + table + "'][data-drawn='true'] svg")));
        assertThat(svg.getSize().getWidth()).isGreaterThan(100);
        assertThat(svg.getSize().getHeight()).isGreaterThan(100);
    }

}
