package accord.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.Browser;
import accord.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Customer service's home page: the open complaints by where they stand against their resolution
 * time, adding up to the register's open complaints, and the last seven days registered and closed
 * (a chart and a table); a rep has no complaints part.
 */
class ServiceDashboardPortalIT extends BrowserTest {

    @Test
    void customerServiceSeesOpenComplaintsBySlaStateAndTheWeek() {
        browser.get(base + "index.xhtml");
        pages.signInAs("xu.hui");
        pages.useEnglish();
        pages.waitFor("service");
        long open = Long.parseLong(pages.text("open-late")) + Long.parseLong(pages.text("open-due-soon"))
                + Long.parseLong(pages.text("open-on-time")) + Long.parseLong(pages.text("open-paused"));
        assertEquals(7, browser.findElements(By.cssSelector("#service-week tbody tr")).size(), "seven days");
        long registered = browser.findElements(By.cssSelector("#service-week tbody tr td:nth-of-type(1)")).stream()
                .mapToLong(td -> Long.parseLong(td.getText())).sum();
        assertTrue(registered > 0, "the demo's complaints were registered this week");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('service').scrollIntoView()");
        Browser.screenshot(browser, "dashboard-service");
        browser.findElement(By.id("service-register")).click();
        pages.waitFor("stat-open");
        assertEquals(String.valueOf(open), pages.text("stat-open"), "the same open complaints as the register's");
        pages.signOut();

        pages.signInAs("zhang.wei");
        pages.waitFor("my-sales");
        assertTrue(pages.present(By.id("service")).isEmpty(), "a rep has no complaints part");
    }
}
