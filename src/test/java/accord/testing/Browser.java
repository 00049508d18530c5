package accord.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;

/**
 * Headless Debian Chromium driven by Debian's chromedriver: nothing is downloaded at run time.
 * Every page it shows is checked with axe-core (see {@link AccessibilityWatch}). A browser a test
 * has closed is kept for the next test of the run, emptied of cookies and stored data (starting
 * Chromium anew took about a second per test).
 */
public final class Browser {

    private static final Map<WebDriver, Opened> OPENED = Collections.synchronizedMap(new IdentityHashMap<>());
    private static final Map<String, java.util.Deque<ChromeDriver>> IDLE = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.values().forEach(idle -> idle.forEach(ChromeDriver::quit))));
    }

    /** A browser lent to a test: the driver itself, its language, and the watch that checks its pages. */
    private record Opened(ChromeDriver driver, String language, AccessibilityWatch watch) {
    }

    private Browser() {
    }

    public static WebDriver open(String language) {
        ChromeDriver driver = IDLE.computeIfAbsent(language, any -> new java.util.concurrent.ConcurrentLinkedDeque<>()).poll();
        if (driver == null) {
            driver = start(language);
        }
        policyViolations(driver); // what an earlier test left in the console is not this test's
        AccessibilityWatch watch = new AccessibilityWatch(driver);
        WebDriver watched = new EventFiringDecorator<>(watch).decorate(driver);
        OPENED.put(watched, new Opened(driver, language, watch));
        return watched;
    }

    private static ChromeDriver start(String language) {
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("accord.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,860", "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // The console, read at close: a script the Content-Security-Policy blocked fails the test.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("accord.chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /** Empties the browser as a new one would be and keeps it for the next test; quits it if it will not. */
    private static void putAway(Opened opened) {
        ChromeDriver driver = opened.driver();
        try {
            driver.executeScript("try { localStorage.clear(); sessionStorage.clear(); } catch (e) { }");
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            IDLE.get(opened.language()).push(driver);
        } catch (org.openqa.selenium.WebDriverException unusable) {
            driver.quit();
        }
    }

    /**
     * Checks the page the test ends on, closes the browser, and fails if axe-core found anything
     * serious or critical on any page the test showed.
     */
    public static void close(WebDriver browser) {
        close(browser, null);
    }

    /** The same, and fails if the portal at this base could not write a session so far (the browser tests' portal). */
    public static void close(WebDriver browser, java.net.URL portal) {
        Opened opened = OPENED.remove(browser);
        AccessibilityWatch watch = opened == null ? null : opened.watch();
        if (watch != null) {
            watch.check();
        }
        String sessionProblems = portal == null ? "" : sessionProblems(browser, portal);
        List<String> blocked = opened == null ? List.of() : policyViolations(opened.driver());
        if (opened == null) {
            browser.quit();
        } else {
            putAway(opened);
        }
        if (!sessionProblems.isEmpty()) {
            throw new AssertionError("Session attributes that cannot travel to another cluster node:\n  "
                    + sessionProblems.replace("\n", "\n  "));
        }
        if (!blocked.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy blocked " + blocked.size() + " thing(s) the pages need:\n  "
                    + String.join("\n  ", blocked));
        }
        List<String> findings = watch == null ? List.of() : watch.findings();
        if (!findings.isEmpty()) {
            throw new AssertionError("axe-core found " + findings.size() + " serious or critical problem(s):\n  "
                    + String.join("\n  ", findings));
        }
    }

    /** The console's Content-Security-Policy complaints since the last look (reading empties the log). */
    private static List<String> policyViolations(ChromeDriver driver) {
        try {
            return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .map(org.openqa.selenium.logging.LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                    .toList();
        } catch (org.openqa.selenium.WebDriverException noLog) {
            return List.of();
        }
    }

    /**
     * What the browser tests' portal could not write of a session so far ({@link SessionSerializability}),
     * asked from the page the test ends on; nothing when that page is not the portal's or nobody is signed in.
     */
    private static String sessionProblems(WebDriver browser, java.net.URL portal) {
        try {
            Object answer = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "const r = new XMLHttpRequest(); r.open('GET', arguments[0], false); r.send();"
                            + " return r.status === 200 && (r.getResponseHeader('Content-Type') || '').startsWith('text/plain')"
                            + " ? r.responseText : '';", portal + "it/session-problems");
            return answer == null ? "" : answer.toString().strip();
        } catch (org.openqa.selenium.WebDriverException notAPortalPage) {
            return "";
        }
    }

    /** Keeps a screenshot and the page source of a failed expectation for the developer. */
    public static void saveFailure(WebDriver driver, String name) {
        screenshot(driver, "failure-" + name);
        try {
            Files.writeString(Path.of("target", "screenshots", "failure-" + name + ".html"),
                    driver.getCurrentUrl() + "\n" + driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves what the browser shows to target/screenshots/NAME.png (the docs use them). */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
