package accord.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.Browser;
import accord.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The head of customer service edits the complaint SLA in the browser: a cell typed wrong is refused
 * beside it; the corrected table is previewed on samples and replayed on the demo's complaints, saved
 * with a reason, and the earlier version restored.
 */
class RulesPortalIT extends BrowserTest {

    /** The resolve-within cell of the row MEDIUM / B (the 8th row of workflows/complaint-sla.dmn). */
    private WebElement mediumBResolve() {
        return browser.findElement(By.xpath("//tbody[@id='editor:rows_data']/tr[8]//td[contains(@class,'rule-out')][2]//input"));
    }

    @Test
    void theHeadOfCustomerServiceEditsPreviewsSavesAndRestoresTheSlaTable() {
        browser.get(base + "login.xhtml");
        pages.signInAs("xu.hui");
        pages.useEnglish();
        browser.findElement(By.id("menu:m-rules")).click();
        pages.waitFor("tables");
        browser.findElement(By.linkText("Complaint SLA")).click();
        pages.waitFor("editor:rows");
        assertTrue(mediumBResolve().getAttribute("value").equals("72"), mediumBResolve().getAttribute("value"));

        mediumBResolve().clear();
        mediumBResolve().sendKeys("forty");
        browser.findElement(By.id("editor:preview")).click();
        pages.waitForText("editor:rows", "Write a number, e.g. 24.");
        assertTrue(browser.findElements(By.id("editor:save")).isEmpty(), "nothing to save while a cell is wrong");
        Browser.screenshot(browser, "rules-cell-refused");

        mediumBResolve().clear();
        mediumBResolve().sendKeys("40");
        browser.findElement(By.id("editor:preview")).click();
        pages.waitFor("editor:samples");
        assertTrue(pages.text("editor:samples").contains("changed"), pages.text("editor:samples"));
        assertTrue(pages.text("replay-count").contains("real cases replayed"), pages.text("replay-count"));
        Browser.screenshot(browser, "rules-preview");

        browser.findElement(By.id("editor:save")).click();
        pages.waitForText("editor", "Say why you change the table.");
        browser.findElement(By.id("editor:reason")).sendKeys("Tier B gets faster resolution this quarter.");
        browser.findElement(By.id("editor:save")).click();
        pages.waitForText("messages", "decides from now on");
        pages.waitForText("versions:version-list", "Tier B gets faster resolution this quarter.");
        assertTrue(mediumBResolve().getAttribute("value").equals("40"));
        Browser.screenshot(browser, "rules-saved");

        // The earlier version back.
        browser.findElement(By.xpath("//tbody[@id='versions:version-list_data']/tr[2]//button[contains(@id,':restore')]")).click();
        pages.waitForText("restore:restore-body", "is deployed again as the newest version");
        browser.findElement(By.id("restore:reason")).sendKeys("Back to the agreed deadlines.");
        browser.findElement(By.id("restore:confirm")).click();
        pages.waitForText("messages", "decides from now on");
        accord.testing.Eventually.until(() -> {
            try {
                return mediumBResolve().getAttribute("value").equals("72");
            } catch (org.openqa.selenium.WebDriverException replacedMeanwhile) {
                return false;
            }
        });
        assertTrue(mediumBResolve().getAttribute("value").equals("72"), mediumBResolve().getAttribute("value"));

        pages.useChinese();
        pages.waitForText("table-name", "投诉服务时限");
        Browser.screenshot(browser, "rules-editor-zh");
        pages.useEnglish();
    }
}
