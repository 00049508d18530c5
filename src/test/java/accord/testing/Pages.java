package accord.testing;

import accord.demo.control.DemoOrganisation;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What browser tests do on the portal's pages as a person would: sign in as a demo person, switch
 * to English, open a task from a list, choose from PrimeFaces menus, type dates, and wait for what
 * the page says (saving a screenshot and the page when it never comes).
 */
public class Pages {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /**
     * How often a wait looks again. Selenium's default of half a second put up to that much idle
     * time after every click that changes the page; the portal answers in tens of milliseconds.
     */
    public static final Duration LOOK_AGAIN = Duration.ofMillis(50);

    private final WebDriver browser;
    private final URL base;

    public Pages(WebDriver browser, URL base) {
        this.browser = browser;
        this.base = base;
    }

    public void signInAs(String login) {
        signIn(login, DemoOrganisation.PASSWORD);
        waitFor("greeting");
    }

    public void signIn(String login, String password) {
        waitFor("signin:login");
        browser.findElement(By.id("signin:login")).clear();
        browser.findElement(By.id("signin:login")).sendKeys(login);
        browser.findElement(By.id("signin:password")).sendKeys(password);
        WebElement submit = browser.findElement(By.id("signin:submit"));
        submit.click();
        // The form posts the whole page: wait for the old page to go, or the next look may find its
        // fields (the login page after a refusal has the same ids) and lose them mid-typing.
        new WebDriverWait(browser, PATIENCE, LOOK_AGAIN).ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(submit));
    }

    public void signOut() {
        browser.findElement(By.id("sign-out")).click();
        waitFor("signin:login");
    }

    public void useEnglish() {
        // The switch reloads the page: wait for the old page to go before reading the new one.
        WebElement before = browser.findElement(By.id("sign-out"));
        browser.findElement(By.id("lang-en")).click();
        // Chromium sometimes reports the old node as "not in the document" instead of stale: look again.
        new WebDriverWait(browser, PATIENCE, LOOK_AGAIN).ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(before));
        waitForText("sign-out", "Sign out");
    }

    public void useChinese() {
        WebElement before = browser.findElement(By.id("sign-out"));
        browser.findElement(By.id("lang-zh")).click();
        new WebDriverWait(browser, PATIENCE, LOOK_AGAIN).ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(before));
        waitForText("sign-out", "退出登录");
    }

    /** Opens a list of the inbox, finds the case by text and opens its task by name. */
    public void openTask(String list, String search, String taskName) {
        browser.get(base + "inbox/index.xhtml?list=" + list);
        waitFor("inbox:tasks");
        searchInbox(search);
        new WebDriverWait(browser, PATIENCE, LOOK_AGAIN).until(ExpectedConditions.elementToBeClickable(By.linkText(taskName))).click();
        waitFor("task-name");
    }

    public void searchInbox(String text) {
        WebElement table = browser.findElement(By.id("inbox:tasks"));
        browser.findElement(By.id("inbox:text")).sendKeys(text);
        browser.findElement(By.id("inbox:search")).click();
        new WebDriverWait(browser, PATIENCE, LOOK_AGAIN).ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(table));
        waitForText("inbox:tasks", text);
    }

    /** Chooses the item with this label from a PrimeFaces select menu. */
    public void chooseFrom(String menuId, String label) {
        choose(menuId, "[data-label='" + label + "']", label, label::equals);
    }

    /** Chooses the first item whose label starts so (labels that carry a changing figure, e.g. "何鹏 · open 2"). */
    public void chooseStartingWith(String menuId, String start) {
        choose(menuId, "[data-label^='" + start + "']", start, shown -> shown.startsWith(start));
    }

    private void choose(String menuId, String labelSelector, String what, java.util.function.Predicate<String> taken) {
        By item = By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li" + labelSelector);
        By panel = By.id(menuId + "_panel");
        WebElement menu = browser.findElement(By.id(menuId));
        String onTop = "const r = arguments[0].getBoundingClientRect(); const top = document.elementFromPoint(r.left + r.width / 2,"
                + " r.top + r.height / 2);";
        for (int attempt = 0; attempt < 3; attempt++) {
            if (!browser.findElement(panel).isDisplayed()) {
                // The page scrolls before the list opens: scrolling while it is open moves the list away from the item.
                script("arguments[0].scrollIntoView({block: 'center'})", menu);
                menu.click();
            }
            WebElement choice = new WebDriverWait(browser, Duration.ofSeconds(10), LOOK_AGAIN).until(ExpectedConditions.visibilityOfElementLocated(item));
            // A long list scrolls inside its panel: bring the item to the panel's middle, the page itself stays.
            script("const list = arguments[0].closest('.ui-selectonemenu-items-wrapper');"
                    + " if (list) { list.scrollTop = arguments[0].offsetTop - list.clientHeight / 2; }", choice);
            try {
                new WebDriverWait(browser, Duration.ofSeconds(5), LOOK_AGAIN).ignoring(WebDriverException.class).until(driver -> Boolean.TRUE.equals(script(
                        onTop + " return r.height > 0 && (top === arguments[0] || arguments[0].contains(top));", choice)));
            } catch (TimeoutException covered) {
                // Covered, or opened out of sight (the page moved under a list already placed): close it and open it again.
                if (attempt == 2) {
                    throw new AssertionError("the item " + what + " of " + menuId + " stays covered: " + script(onTop
                            + " return JSON.stringify(r) + ' window ' + innerWidth + 'x' + innerHeight"
                            + " + ' on top: ' + (top ? top.outerHTML.substring(0, 300) : 'nothing');", choice), covered);
                }
                menu.click();
                new WebDriverWait(browser, Duration.ofSeconds(3), LOOK_AGAIN).until(ExpectedConditions.invisibilityOfElementLocated(panel));
                continue;
            }
            choice.click();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(3), LOOK_AGAIN).until(ExpectedConditions.invisibilityOfElementLocated(panel));
            } catch (TimeoutException stillOpen) {
                // A click while the list is still opening can go unnoticed: choose again.
                continue;
            }
            java.util.List<WebElement> shown = present(By.id(menuId + "_label"));
            if (shown.isEmpty() || taken.test(shown.get(0).getText().strip())) {
                return;
            }
            // A list still sliding open can move another item under the click: choose again.
        }
        throw new AssertionError("the list " + menuId + " did not take " + what);
    }

    private Object script(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(script, arguments);
    }

    public void typeDay(String inputId, LocalDate day) {
        WebElement input = browser.findElement(By.id(inputId));
        // clear() leaves the date picker's text in place; select it and type over it as a person would.
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), day.toString());
        input.sendKeys(Keys.TAB);
    }

    /** The classes bpmn-js gave the drawn element of a BPMN id. */
    public String diagramMarkers(String elementId) {
        return browser.findElement(By.cssSelector("#diagram .djs-element[data-element-id='" + elementId + "']"))
                .getAttribute("class");
    }

    /** The element's text; found again if the page replaced it meanwhile (a form post that re-renders). */
    public String text(String id) {
        for (int attempt = 1; ; attempt++) {
            try {
                return browser.findElement(By.id(id)).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    /**
     * What the page holds now, without the implicit wait: a look for something that may rightly be
     * absent would otherwise wait the full five seconds each time it is not there.
     */
    public java.util.List<WebElement> present(By what) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return browser.findElements(what);
        } finally {
            browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        }
    }

    public void waitFor(String id) {
        try {
            new WebDriverWait(browser, PATIENCE, LOOK_AGAIN).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        } catch (TimeoutException e) {
            Browser.saveFailure(browser, "missing-" + id.replace(':', '-'));
            throw e;
        }
    }

    public void waitForText(String id, String text) {
        // Chromium may report a node of a page being replaced as "not in the document": look again.
        try {
            new WebDriverWait(browser, PATIENCE, LOOK_AGAIN).ignoring(WebDriverException.class)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
        } catch (TimeoutException e) {
            Browser.saveFailure(browser, "no-text-in-" + id.replace(':', '-'));
            throw e;
        }
    }
}
