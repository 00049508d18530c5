package accord.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.Browser;
import accord.testing.BrowserTest;
import accord.testing.Pages;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Visits in the browser, keyboard only: a rep records a visit from the moment the page opens (the
 * customer, a line of result, Enter), plans one and reports it missed from its own page; their
 * manager reads the rep's week.
 */
class VisitsPortalIT extends BrowserTest {

    @Test
    void aRepRecordsAVisitWithTheKeyboardAloneAndTheirManagerSeesIt() {
        browser.get(base + "index.xhtml");
        pages.signInAs("zhang.wei");
        pages.useEnglish();
        browser.findElement(By.id("menu:m-visits")).click();
        pages.waitFor("visit:record");
        String result = "客户同意试用新系统 " + System.nanoTime();

        // From here on only keys: the cursor waits in the customer field.
        new WebDriverWait(browser, Duration.ofSeconds(10), Pages.LOOK_AGAIN)
                .until(d -> "visit:customer_input".equals(d.switchTo().activeElement().getAttribute("id")));
        int keys = 0;
        active().sendKeys("恒通");
        keys += 2;
        new WebDriverWait(browser, Duration.ofSeconds(10), Pages.LOOK_AGAIN).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#visit\\:customer_panel .ui-autocomplete-item")));
        active().sendKeys(Keys.ENTER);
        keys++;
        for (int tabs = 0; tabs < 8 && !"visit:result".equals(active().getAttribute("id")); tabs++) {
            active().sendKeys(Keys.TAB);
            keys++;
        }
        assertEquals("visit:result", active().getAttribute("id"), "the result is a few Tabs away");
        active().sendKeys(result);
        keys += 1;
        active().sendKeys(Keys.TAB);
        active().sendKeys(Keys.ENTER);
        keys += 2;
        pages.waitForText("messages", "recorded");
        assertTrue(keys <= 12, "keys besides the result's words: " + keys);
        assertTrue(pages.text("list:visits").contains(result), "in this week's list");
        assertTrue(pages.text("week-summary").matches("[1-9][0-9]* done \\(.*"), pages.text("week-summary"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('week-title').scrollIntoView()");
        Browser.screenshot(browser, "visits");

        // A planned visit (the demo plans one two days ahead) opens on its own page and is reported as not made.
        WebElement plannedRow = browser.findElement(By.xpath("//*[@id='list:visits']//tr[td//span[normalize-space()='Planned']]"));
        plannedRow.findElement(By.cssSelector("a.visit-link")).click();
        pages.waitFor("report:missed");
        assertTrue(pages.present(By.id("report:done")).isEmpty(), "not offered as done before its day");
        browser.findElement(By.id("report:result")).sendKeys("客户临时改期");
        browser.findElement(By.id("report:missed")).click();
        pages.waitForText("visit-status", "Missed");
        assertTrue(pages.present(By.id("report:missed")).isEmpty(), "reported once");
        pages.signOut();

        pages.signInAs("li.ming");
        browser.get(base + "visits/index.xhtml?rep=zhang.wei");
        pages.waitFor("list:visits");
        assertTrue(pages.text("list:visits").contains(result), "the manager reads the rep's week");
        assertTrue(pages.present(By.id("visit:record")).size() == 1, "and records their own visits on the same page");
        pages.signOut();

        pages.signInAs("wang.fang");
        browser.get(base + "visits/index.xhtml?rep=zhang.wei");
        pages.waitFor("list:visits");
        assertTrue(!pages.text("list:visits").contains(result), "another rep sees their own week, not zhang.wei's");
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }
}
