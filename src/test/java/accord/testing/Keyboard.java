package accord.testing;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person without a mouse: every control is reached with Tab (from wherever focus is, as they would
 * go on), shows that it has focus, and is worked with the keys its kind takes (Enter, Space, the
 * arrows, typing). A control Tab never reaches, or one that does not show its focus, fails the test.
 */
public final class Keyboard {

    private static final int MOST_TABS = 300;
    /** A focus ring: an outline or a box shadow on the control, or on the box PrimeFaces draws for a hidden native input. */
    private static final String FOCUS_SHOWN = """
            const shows = e => { const s = getComputedStyle(e);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; };
            const e = arguments[0];
            if (shows(e)) return true;
            const widget = e.closest('.ui-selectonemenu, .ui-radiobutton, .ui-chkbox, .ui-rating, .ui-autocomplete, .ui-inputswitch');
            if (!widget) return false;
            const box = widget.classList.contains('ui-state-focus') ? widget : widget.querySelector('.ui-state-focus');
            return box !== null && shows(box);""";

    private final WebDriver browser;

    public Keyboard(WebDriver browser) {
        this.browser = browser;
        // A person's window has the system's focus; a headless one does not always, and then no
        // :focus style applies at all. Chromium's focus emulation gives the page the focus it would have.
        if (browser instanceof org.openqa.selenium.chromium.ChromiumDriver chromium) {
            chromium.executeCdpCommand("Emulation.setFocusEmulationEnabled", java.util.Map.of("enabled", true));
        }
    }

    /** Tabs on until the control (or a part of it) has focus, and checks that it shows it. */
    public WebElement tabTo(By control) {
        return moveTo(control, Keys.TAB);
    }

    /** The same going back with Shift+Tab, to a control before the one that has focus. */
    public WebElement tabBackTo(By control) {
        return moveTo(control, Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    private WebElement moveTo(By control, CharSequence key) {
        WebElement target = new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(control));
        if (!Boolean.TRUE.equals(script("return document.hasFocus()"))) {
            // Focus moved by the keyboard brings the emulated window focus to the page.
            keys(Keys.TAB);
            keys(Keys.chord(Keys.SHIFT, Keys.TAB));
        }
        for (int tabs = 0; tabs < MOST_TABS; tabs++) {
            if (Boolean.TRUE.equals(script("return arguments[0].contains(document.activeElement)", target))) {
                WebElement active = browser.switchTo().activeElement();
                if (!Boolean.TRUE.equals(script(FOCUS_SHOWN, active))) {
                    throw new AssertionError(control + " has focus but does not show it: " + active.getAttribute("outerHTML") + " "
                            + script("const e = arguments[0]; const s = getComputedStyle(e); return 'document focused ' + document.hasFocus()"
                            + " + ', :focus ' + e.matches(':focus') + ', :focus-visible ' + e.matches(':focus-visible')"
                            + " + ', outline ' + s.outlineStyle + ' ' + s.outlineWidth + ', shadow ' + s.boxShadow", active));
                }
                return active;
            }
            keys(key);
        }
        throw new AssertionError(control + " is never reached with " + (key == Keys.TAB ? "Tab" : "Shift+Tab"));
    }

    /** Tabs to a button or link and presses Enter. */
    public void press(By control) {
        tabTo(control);
        keys(Keys.ENTER);
    }

    /** Tabs to a text field and types. */
    public void type(By field, CharSequence text) {
        tabTo(field);
        keys(text);
    }

    /** Keys typed to whatever has focus, as a keyboard does (never to an element picked by the test). */
    public void keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(keys).perform();
    }

    /** A select menu: Tab to it, open it with Alt+Down, arrow to the item, Enter. */
    public void choose(By menu, String label) {
        choose(menu, label::equals, label);
    }

    /** The same for the first item whose label starts so (a label with a changing figure: "何鹏 · open 2"). */
    public void chooseStartingWith(By menu, String start) {
        choose(menu, label -> label != null && label.startsWith(start), start + "…");
    }

    private void choose(By menu, java.util.function.Predicate<String> wanted, String label) {
        tabTo(menu);
        String id = browser.findElement(menu).getAttribute("id");
        // The arrows move through the items: in the open panel's highlight, or (closed) the choice itself.
        for (int step = 0; step < 60; step++) {
            String current = (String) script("""
                    const panel = document.getElementById(arguments[0] + '_panel');
                    if (panel && panel.offsetParent !== null) {
                        const h = panel.querySelector('.ui-selectonemenu-item.ui-state-highlight');
                        return h === null ? null : 'open:' + h.textContent.trim();
                    }
                    const shown = document.getElementById(arguments[0] + '_label');
                    return shown === null ? null : 'closed:' + shown.textContent.trim();""", id);
            String text = current == null ? null : current.substring(current.indexOf(':') + 1);
            if (text != null && wanted.test(text)) {
                if (current.startsWith("open:")) {
                    keys(Keys.ENTER);
                }
                new WebDriverWait(browser, Duration.ofSeconds(5)).until(
                        ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
                return;
            }
            keys(Keys.ARROW_DOWN);
        }
        throw new AssertionError("'" + label + "' is not reached with the arrows in " + menu);
    }

    /** Radio buttons: Tab into the group, then the arrows until this one is checked. */
    public void pick(By group, String label) {
        tabTo(group);
        for (int step = 0; step < 20; step++) {
            Boolean checked = (Boolean) script("""
                    const g = arguments[0];
                    for (const input of g.querySelectorAll('input[type=radio]')) {
                        const l = g.querySelector('label[for="' + input.id + '"]');
                        if (l && l.textContent.trim() === arguments[1]) return input.checked;
                    }
                    return null;""", browser.findElement(group), label);
            if (checked == null) {
                throw new AssertionError("no choice '" + label + "' in " + group);
            }
            if (checked) {
                return;
            }
            keys(Keys.ARROW_RIGHT);
        }
        throw new AssertionError("'" + label + "' is not reached with the arrows in " + group);
    }

    /** A check box (or one of a group's): Tab to it, Space. */
    public void tick(By box) {
        tabTo(box);
        keys(Keys.SPACE);
    }

    /** An autocomplete: Tab to it, type, Down to the first suggestion, Enter. */
    public void complete(By field, String typed) {
        tabTo(field);
        keys(typed);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item")));
        keys(Keys.ARROW_DOWN);
        keys(Keys.ENTER);
    }

    /** Stars: Tab to the rating, then the right arrow until it shows n. */
    public void rate(String ratingId, int stars) {
        tabTo(By.id(ratingId));
        for (int step = 0; step < 10; step++) {
            Object value = script("return document.getElementById(arguments[0] + '_input').value", ratingId);
            if (String.valueOf(stars).equals(value)) {
                return;
            }
            keys(Keys.ARROW_RIGHT);
        }
        throw new AssertionError(ratingId + " does not come to " + stars + " stars with the arrows");
    }

    /**
     * A modal dialog opened with the keyboard: focus moves into it, Tab and Shift+Tab go round inside
     * it (twice its controls each way, so the wrap is crossed), its text names it for a screen reader
     * (role dialog, aria-modal, a label), and Escape closes it and gives focus back to the opener.
     * Returns the dialog's text, for the test to check what it asked.
     */
    public String dialogTrapsFocusAndGivesItBack(By opener) {
        WebElement button = tabTo(opener);
        keys(Keys.ENTER);
        WebElement dialog = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector(".ui-dialog[role=dialog], .ui-dialog[role=alertdialog]")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> inside(dialog));
        if (!"true".equals(dialog.getAttribute("aria-modal")) || blank(dialog.getAttribute("aria-labelledby"))
                && blank(dialog.getAttribute("aria-label"))) {
            throw new AssertionError("the dialog is not announced as a named modal dialog: " + dialog.getAttribute("outerHTML"));
        }
        long controls = (Long) script("return arguments[0].querySelectorAll('a[href], button, input:not([type=hidden]), textarea,"
                + " select, [tabindex]:not([tabindex=\"-1\"])').length", dialog);
        for (CharSequence key : new CharSequence[] {Keys.TAB, Keys.chord(Keys.SHIFT, Keys.TAB)}) {
            for (int step = 0; step < 2 * controls + 1; step++) {
                keys(key);
                if (!inside(dialog)) {
                    throw new AssertionError("focus left the open dialog after " + (step + 1) + " presses: on "
                            + browser.switchTo().activeElement().getAttribute("outerHTML"));
                }
                WebElement active = browser.switchTo().activeElement();
                if (!Boolean.TRUE.equals(script(FOCUS_SHOWN, active))) {
                    throw new AssertionError("in the dialog, " + active.getAttribute("outerHTML") + " has focus but does not show it");
                }
            }
        }
        String text = dialog.getText();
        keys(Keys.ESCAPE);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOf(dialog));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(
                script("return arguments[0] === document.activeElement", button)));
        return text;
    }

    private boolean inside(WebElement dialog) {
        return Boolean.TRUE.equals(script("return arguments[0].contains(document.activeElement)", dialog));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }
}
