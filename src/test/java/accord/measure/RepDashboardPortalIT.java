package accord.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.Browser;
import accord.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A rep's home page after signing in: their attainment this quarter (not reported yet: said so)
 * and the last reported one, the five quarters as a chart and as a table, the tasks due this week
 * opening their inbox, the key accounts at risk; someone outside sales gets none of it.
 */
class RepDashboardPortalIT extends BrowserTest {

    @Test
    void aRepSeesTheirSalesOnTheirHomePageAndCustomerServiceDoesNot() {
        browser.get(base + "index.xhtml");
        pages.signInAs("zhang.wei");
        pages.useEnglish();
        pages.waitFor("my-sales");
        assertEquals(5, browser.findElements(By.cssSelector("#attainment-table tbody tr")).size(), "this quarter and the four before");
        String now = pages.text("attainment-now");
        assertTrue(now.endsWith("%") || now.startsWith("no data: "), "a percentage or what is missing, never a made-up 0: " + now);
        assertTrue(pages.text("attainment-last").endsWith("%"), "the demo's last quarter is reported: " + pages.text("attainment-last"));
        assertTrue(!browser.findElements(By.cssSelector("#attainment-chart canvas")).isEmpty(), "the chart is drawn");
        assertTrue(!pages.present(By.id("at-risk")).isEmpty() || !pages.present(By.id("none-at-risk")).isEmpty());
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('my-sales').scrollIntoView()");
        Browser.screenshot(browser, "dashboard-rep");
        // The same part in Chinese (axe checks every page shown): no English left in it.
        pages.useChinese();
        pages.waitForText("my-sales-title", "我的销售");
        String chinese = pages.text("my-sales");
        assertTrue(!chinese.contains("no data") && !chinese.contains("Attainment") && !chinese.contains("quarter"), chinese);
        pages.useEnglish();
        pages.waitForText("my-sales-title", "My sales");
        String due = pages.text("due-link");
        browser.findElement(By.id("due-link")).click();
        pages.waitFor("inbox:tasks");
        assertTrue(browser.getCurrentUrl().contains("list=mine"), due + " due: " + browser.getCurrentUrl());
        pages.signOut();

        pages.signInAs("ma.lin");
        pages.waitFor("my-tasks");
        assertTrue(pages.present(By.id("my-sales")).isEmpty(), "no sales figures for customer service");
    }
}
