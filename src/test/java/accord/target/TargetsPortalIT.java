package accord.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.Browser;
import accord.testing.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Targets in the browser: the sales director sees the company's targets and the managers' shares
 * add up; a sales manager changes a team member's quarter, is asked why (the year has begun), gives
 * a reason and finds it in the history; the rep sees their own targets and nothing to set.
 */
class TargetsPortalIT extends BrowserTest {

    @Test
    void theDirectorSeesSharesAddUpAManagerChangesAQuarterWithAReasonAndTheRepReadsTheirs() {
        browser.get(base + "index.xhtml");
        pages.signInAs("zhou.jianguo");
        pages.useEnglish();
        browser.findElement(By.id("menu:m-targets")).click();
        pages.waitFor("company:save");
        assertEquals(5, browser.findElements(By.cssSelector("#company input[id$='value_input']")).size(), "five company targets");
        assertTrue(pages.text("shares-breakdown").contains("The parts add up to the whole."), pages.text("shares-breakdown"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('shares-title').scrollIntoView()");
        Browser.screenshot(browser, "targets-director");
        pages.signOut();

        pages.signInAs("li.ming");
        browser.findElement(By.id("menu:m-targets")).click();
        pages.waitFor("team:save");
        assertTrue(pages.present(By.id("company:save")).isEmpty() && pages.present(By.id("shares:save")).isEmpty(),
                "a manager sets no company target");
        WebElement q4 = browser.findElement(By.xpath("//form[@id='team']//tr[th[normalize-space()='张伟']]/td[4]//input[contains(@id,'_input')]"));
        String id = q4.getAttribute("id");
        long was = Long.parseLong(q4.getAttribute("value").replaceAll("[^0-9.]", "").replaceAll("\\.00$", ""));
        String typed = String.valueOf(was + 10_000);
        q4.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed);
        browser.findElement(By.id("team:save")).click();
        pages.waitForText("team", "say why the targets change");
        assertEquals(typed, browser.findElement(By.id(id)).getAttribute("value").replaceAll("[^0-9.]", "").replaceAll("\\.00$", ""),
                "what was typed stays");
        browser.findElement(By.id("team:reason")).sendKeys("客户追加了第四季度订单");
        browser.findElement(By.id("team:save")).click();
        pages.waitForText("messages", "One target saved.");
        String history = pages.text("history:changes");
        assertTrue(history.contains("客户追加了第四季度订单") && history.contains("张伟"), history);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('team-title').scrollIntoView()");
        Browser.screenshot(browser, "targets-manager");
        pages.signOut();

        pages.signInAs("zhang.wei");
        browser.findElement(By.id("menu:m-targets")).click();
        pages.waitFor("mine-table");
        List<String> measures = browser.findElements(By.cssSelector("#mine-table tbody th")).stream().map(WebElement::getText).toList();
        assertTrue(measures.get(0).startsWith("Sales amount"), measures.toString());
        assertTrue(pages.present(By.id("team:save")).isEmpty() && pages.present(By.id("company:save")).isEmpty(), "nothing to set");
        String own = pages.text("history:changes");
        assertTrue(own.contains("客户追加了第四季度订单"), "the change to their own target: " + own);
        assertTrue(!own.contains("王芳"), "never another rep's: " + own);
        Browser.screenshot(browser, "targets-rep");
    }
}
