package vn.gov.directive.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real browser of the pages' tests: Debian's headless Chromium through its chromedriver
 * (installed by deploy/local/platform test; a test tool's own browser download cannot work here),
 * in Vietnamese, signed in through the real Keycloak login page. Screenshots go to
 * target/screenshots/ to be looked at.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    /** The tallest full-page picture; longer pages are cut there. */
    private static final int MAX_SHOT_HEIGHT = 8000;

    private final String base;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private HeadlessChromium(String base, ChromeDriver driver) {
        this.base = base;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** @param base the service's address, e.g. the portal's browser-test address: where a sign-in comes back to */
    public static HeadlessChromium open(String base) {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--lang=vi-VN", "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            Files.createDirectories(SHOTS);
            return new HeadlessChromium(base, new ChromeDriver(service, options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Waits up to 30 s: a page behind a login round trip on a busy machine. */
    public WebDriverWait await() {
        return wait;
    }

    /** Fills Keycloak's login page (demo password) and waits until the browser is back on the service. */
    public void signIn(String user) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(KeycloakTokens.DEMO_PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(base));
    }

    /** The whole page, however long: the window grows to the page's height for the picture. */
    public void shoot(String name) {
        Dimension before = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(MAX_SHOT_HEIGHT, height.intValue() + 140)));
        shootScreen(name);
        driver.manage().window().setSize(before);
    }

    /** What the window shows, as it is. */
    public void shootScreen(String name) {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
