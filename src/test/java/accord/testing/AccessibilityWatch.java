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
 * A page whose markup has the same shape as one checked before in this test run (same address
 * path and language, the same elements with the same ids, classes, roles and attributes, the same
 * empty and non-empty texts: only the words and figures differ) is not checked again, since axe
 * would find the same: this halves the browser tests' time spent in axe.
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

    /**
     * The page's shape, or null when it is still loading, is not HTML, was looked at already or is
     * the blank page a browser is left on between tests.
     * Attribute values other than ids (digits left out), classes, roles, types, scopes and styles
     * are left out, but not their presence; so is the side menu's content. Hashed in the page: a
     * shape is as long as the page.
     */
    private static final String SHAPE = """
            if (document.readyState !== 'complete' || document.contentType !== 'text/html' || window.__accordAxeChecked
                    || location.protocol === 'about:') {
                return null;
            }
            const parts = [location.pathname, document.documentElement.lang];
            for (const e of document.querySelectorAll('*')) {
                // The side menu is the layout's, checked with the first page of each address; which
                // entries a person's roles show does not make another page of it.
                if (e.closest('nav.sidemenu')) {
                    continue;
                }
                const names = [];
                for (const a of e.attributes) {
                    names.push(a.name === 'id' ? 'id=' + a.value.replace(/\\d+/g, '#') : ['class', 'role', 'type', 'scope', 'style'].includes(a.name) ? a.name + '=' + a.value : a.name);
                }
                const text = e.children.length === 0 && (e.textContent || '').trim() !== '';
                parts.push(e.tagName + '[' + names.join(',') + ']' + (text ? 't' : ''));
            }
            // cyrb53: a 53-bit string hash, enough to tell a few hundred shapes apart.
            const shape = parts.join('|');
            let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
            for (let i = 0; i < shape.length; i++) {
                const c = shape.charCodeAt(i);
                h1 = Math.imul(h1 ^ c, 2654435761);
                h2 = Math.imul(h2 ^ c, 1597334677);
            }
            h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
            h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
            return location.pathname + ' ' + shape.length + ' ' + (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
            """;

    /** The shapes checked so far in this test run (one JVM runs every browser test class). */
    private static final Set<String> CHECKED_SHAPES = java.util.concurrent.ConcurrentHashMap.newKeySet();

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
            Object shape = js.executeScript(SHAPE);
            if (shape == null) {
                return;
            }
            if (CHECKED_SHAPES.contains(shape.toString())) {
                js.executeScript("window.__accordAxeChecked = true");
                return;
            }
            Object loaded = js.executeScript("return document.readyState === 'complete' && document.contentType === 'text/html'"
                    + " && !window.__accordAxeChecked && typeof axe === 'undefined'");
            if (Boolean.TRUE.equals(loaded)) {
                js.executeScript(AXE);
            }
            Object found = js.executeAsyncScript(CHECK);
            if (found instanceof List<?> list) {
                list.forEach(finding -> findings.add(String.valueOf(finding)));
                if (list.isEmpty()) {
                    CHECKED_SHAPES.add(shape.toString());
                }
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
