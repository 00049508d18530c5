package accord.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.Browser;
import accord.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A department head's home page: the handoffs waiting for their approval (as many as the menu's
 * Approvals counts, each opening its page), the work in hand per person and delivery on time;
 * someone who heads nothing has no such part.
 */
class HeadDashboardPortalIT extends BrowserTest {

    @Test
    void aHeadSeesHandoffsWaitingWorkInHandAndDeliveryOnTime() {
        browser.get(base + "index.xhtml");
        pages.signInAs("guo.qiang");
        pages.useEnglish();
        pages.waitFor("department-work");
        String waiting = pages.text("handoffs-waiting");
        String menu = browser.findElement(By.id("menu:m-approvals")).getText();
        assertTrue(menu.endsWith("(" + waiting + ")"), "the same count as the menu's approvals: " + menu + " / " + waiting);
        String onTime = pages.text("delivered-on-time");
        assertTrue(onTime.endsWith("%") || onTime.startsWith("no handoff delivered"), onTime);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('department-work').scrollIntoView()");
        Browser.screenshot(browser, "dashboard-head");
        if (!"0".equals(waiting)) {
            String number = browser.findElement(By.cssSelector("#waiting-list a.case-number")).getText();
            browser.findElement(By.cssSelector("#waiting-list a.case-number")).click();
            pages.waitFor("sign-out");
            assertTrue(browser.getCurrentUrl().contains("number=" + number));
        }
        pages.signOut();

        pages.signInAs("he.peng");
        pages.waitFor("my-tasks");
        assertEquals(0, pages.present(By.id("department-work")).size(), "a member heads nothing");
    }
}
