package ru.kontingent.server.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Debian's headless Chromium driven through its chromedriver (never a downloaded browser: the
 * machines reach only the package registries). One fresh profile per instance, so every sign-in
 * starts without cookies.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        this.profile = profile;
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static String unavailableReason() {
        return "browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER
                + " are needed (Debian packages chromium and chromium-driver; .ci/run installs them)";
    }

    public static Browser open(String language) {
        try {
            Path profile = Files.createTempDirectory("kontingent-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // Without the background-networking switches Chromium keeps dialling Google, which the
            // sandboxed network refuses; --no-sandbox because CI runs as root.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1366,900", "--lang=" + language, "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void go(String url) {
        driver.get(url);
    }

    public WebElement await(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void awaitText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until the element has text (an error message, say) and answers it. */
    public String awaitNonBlank(By by) {
        return wait.until(d -> {
            String text = d.findElement(by).getText();
            return text.isBlank() ? null : text;
        });
    }

    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    public void type(By by, String text) {
        WebElement element = await(by);
        element.clear();
        element.sendKeys(text);
    }

    public String text(By by) {
        return await(by).getText();
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Saves what the browser shows under target/console-screenshots (kept for a failed test's report). */
    public Path screenshot(String name) {
        try {
            Path directory = Path.of(System.getProperty("kontingent.build.dir", "target")).resolve("console-screenshots");
            Files.createDirectories(directory);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = directory.resolve(name.replaceAll("[^a-zA-Z0-9-]", "_") + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        driver.quit();
        try {
            FileTrees.delete(profile);
        } catch (IOException ignored) {
            // a temporary profile; the OS cleans up what remains
        }
    }
}
