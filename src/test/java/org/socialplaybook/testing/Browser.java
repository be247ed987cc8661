package org.socialplaybook.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import org.junit.rules.ExternalResource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for a test: Debian's Chromium through its chromedriver (Selenium cannot download drivers
 * here), headless, with a fresh profile. Fails with a clear message when Chromium is not installed.
 */
public final class Browser extends ExternalResource {
    private final SandboxRule sandbox;
    private ChromeDriver driver;
    private Path profile;

    public Browser(SandboxRule sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    protected void before() throws IOException {
        String chromium = System.getProperty("chromium.binary", "/usr/bin/chromium");
        String chromedriver = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(chromedriver).canExecute()) {
            throw new AssertionError("Browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver"
                    + " (looked for " + chromium + " and " + chromedriver + ")");
        }
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1366,1000", "--user-data-dir=" + profile, "--lang=en-US");
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    protected void after() {
        if (driver == null) {
            return;
        }
        try {
            assertNoScriptErrors();
        } finally {
            driver.quit();
        }
    }

    /** Every browser test also fails on a JavaScript error in the page (a script that broke is a broken feature). */
    public void assertNoScriptErrors() {
        java.util.List<String> errors = new java.util.ArrayList<>();
        for (org.openqa.selenium.logging.LogEntry entry : driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
            String message = entry.getMessage();
            if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                    && !message.contains("Failed to load resource") && !message.contains("favicon")) {
                errors.add(message);
            }
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("JavaScript errors in the page: " + errors);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Logs in as a demo user through the sandbox's user switcher and opens the path. */
    public Browser loginAs(String username, String path) {
        driver.get(sandbox.baseUrl() + "/sandbox/login?user=" + username + "&os_destination=" + path.replace("&", "%26").replace("?", "%3F"));
        return this;
    }

    public Browser openPage(String username, long pageId) {
        return loginAs(username, "/pages/viewpage.action?pageId=" + pageId);
    }

    public WebElement waitFor(By locator) {
        return until(d -> {
            var found = d.findElements(locator);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** Waits up to 15 s; an element that went stale (a reload or re-render replaced it) means "ask again". */
    public <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    /** Saves a PNG under target/screenshots (kept as test output) and returns its path. */
    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = dir.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
