package accord.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Runs axe-core (WCAG 2.1 A and AA) once on every page a browser test shows, just before the test
 * leaves it or acts on it, and keeps what is serious or critical; {@link Browser#close} fails the
 * test with those findings. Each page load is checked once: Ajax updates of the same page are not.
 */
public final class AccessibilityWatch implements WebDriverListener {

    private static final String AXE = axeSource();

    /** Checks the page unless it is still loading, is not HTML, or was checked already. */
    private static final String CHECK = """
            const done = arguments[arguments.length - 1];
            if (document.readyState !== 'complete' || document.contentType !== 'text/html'
                    || window.__accordAxeChecked || typeof axe === 'undefined') { done(null); return; }
            window.__accordAxeChecked = true;
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                                resultTypes: ['violations'] })
                .then(result => done(result.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.impact + ' ' + v.id + ' on ' + location.pathname + location.search + ' at '
                                + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')
                                + ' (' + v.nodes.length + '): ' + v.help)))
                .catch(e => done(['axe-core failed on ' + location.pathname + ': ' + e]));
            """;

    private final WebDriver driver;
    private final Set<String> findings = new LinkedHashSet<>();

    AccessibilityWatch(WebDriver driver) {
        this.driver = driver;
    }

    List<String> findings() {
        return List.copyOf(findings);
    }

    @Override
    public void beforeGet(WebDriver ignored, String url) {
        check();
    }

    @Override
    public void beforeClick(WebElement element) {
        check();
    }

    @Override
    public void beforeSendKeys(WebElement element, CharSequence... keysToSend) {
        check();
    }

    /** Also for the page a test ends on. */
    void check() {
        try {
            JavascriptExecutor js = (JavascriptExecutor) driver;
            Object loaded = js.executeScript("return document.readyState === 'complete' && document.contentType === 'text/html'"
                    + " && !window.__accordAxeChecked && typeof axe === 'undefined'");
            if (Boolean.TRUE.equals(loaded)) {
                js.executeScript(AXE);
            }
            Object found = js.executeAsyncScript(CHECK);
            if (found instanceof List<?> list) {
                list.forEach(finding -> findings.add(String.valueOf(finding)));
            }
        } catch (WebDriverException e) {
            // An alert, a page going away or a closed window: the next page is checked instead.
        }
    }

    private static String axeSource() {
        // axe-core as Deque packages it for Java (test dependency com.deque.html.axe-core:selenium).
        try (InputStream in = AccessibilityWatch.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
