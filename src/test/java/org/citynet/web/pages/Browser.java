package org.citynet.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium, driven through Debian's chromedriver, for the browser tests. Both are found
 * at {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (or where {@code citynet.it.chromium} and
 * {@code citynet.it.chromedriver} say); when either is missing the test fails and says how to install them.
 * Only {@code -Dcitynet.it.skipBrowser=true} skips it, for machines without a browser. The browser gets a
 * fresh profile, and its host resolver maps every name but localhost to nothing, so a page that tried to
 * reach another host would fail here rather than quietly use the internet. Selenium Manager never runs:
 * both executables are given.
 */
final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() throws IOException {
        Assumptions.assumeFalse(Boolean.getBoolean("citynet.it.skipBrowser"),
                "Browser tests skipped on request (-Dcitynet.it.skipBrowser=true)");
        Path chromium = Path.of(System.getProperty("citynet.it.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("citynet.it.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            fail("The browser test needs Debian's chromium and chromedriver (" + chromium + ", " + chromedriver
                    + "): apt-get install -y chromium chromium-driver. On a machine without a browser, skip it"
                    + " explicitly with -Dcitynet.it.skipBrowser=true.");
        }
        Path profile = Files.createTempDirectory("citynet-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Everything the current page loaded came from {@code origin}, and the console holds no error (a
     * Content-Security-Policy refusal, a failed request, an exception in a script) since the last call.
     */
    void assertLocalAndClean(String origin) {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) script(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat(loaded).as("resources the page loaded").isNotEmpty().allMatch(url -> url.startsWith(origin));
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // No page has a favicon; the browser's own request for one is not the page's doing.
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
        assertThat(errors).as("console errors").isEmpty();
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
