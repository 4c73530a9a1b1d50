package io.flarewatch.api.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven through Debian's chromedriver (installed by
 * {@code deploy/install-browser.sh}), with a fresh profile that prefers Polish, and generous explicit waits (60 s: a
 * busy machine must not fail the tests).
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("flarewatch.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("flarewatch.chromedriver", "/usr/bin/chromedriver"));
    /** Where the screenshots go; {@code -Dflarewatch.console.screenshots=../docs/console} refreshes the README's. */
    static final Path SCREENSHOTS =
            Path.of(System.getProperty("flarewatch.console.screenshots", "target/console-screenshots"));

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final WebDriver driver;
    private final Path profile;

    ConsoleBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the console's browser tests need Debian's chromium and chromium-driver "
                    + "(" + CHROMIUM + ", " + CHROMEDRIVER + "): run deploy/install-browser.sh or bin/flarewatch test");
        }
        profile = Files.createTempDirectory("flarewatch-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=pl",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "pl,pl-PL"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Waits up to 60 s for an element to be displayed and returns it. */
    WebElement await(By by) {
        return until(d -> d.findElements(by).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    }

    /** Waits up to 60 s for a condition. */
    <T> T until(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(RuntimeException.class).until(condition);
    }

    /** Waits up to 60 s until an element's text contains {@code text}. */
    void awaitText(By by, String text) {
        until(d -> d.findElements(by).stream().anyMatch(e -> e.getText().contains(text)) ? true : null);
    }

    /** What the page's console reported since the last call: script errors and Content-Security-Policy refusals. */
    List<String> scriptProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught"))
                .toList();
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Saves a screenshot of the page as {@code <name>.png} with the window at this size. */
    void screenshot(String name, int width, int height) {
        try {
            driver.manage().window().setSize(new Dimension(width, height));
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
