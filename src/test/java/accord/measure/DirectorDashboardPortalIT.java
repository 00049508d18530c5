package accord.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.Browser;
import accord.testing.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The sales director's home page: the company's main measures for the last quarter beside the one
 * before and a year earlier, opening all the measures, and the key accounts at risk with who looks
 * after them; a manager has no company part.
 */
class DirectorDashboardPortalIT extends BrowserTest {

    @Test
    void theDirectorReadsTheCompanysQuarterAndItsKeyAccountsAtRisk() {
        browser.get(base + "index.xhtml");
        pages.signInAs("zhou.jianguo");
        pages.useEnglish();
        pages.waitFor("company");
        List<String> measures = browser.findElements(By.cssSelector("#company-measures tbody th")).stream().map(WebElement::getText)
                .toList();
        assertEquals(List.of("Attainment", "Growth", "Key-account retention", "Order cancellation", "Customer satisfaction",
                "Complaints resolved in time"), measures);
        assertTrue(pages.text("company-attainment").endsWith("%"), "last quarter is reported in the demo: " + pages.text("company-attainment"));
        assertTrue(!pages.present(By.id("company-at-risk")).isEmpty() || !pages.present(By.id("company-none-at-risk")).isEmpty());
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('company').scrollIntoView()");
        Browser.screenshot(browser, "dashboard-director");
        pages.useChinese();
        pages.waitForText("company-title", "全公司");
        String chinese = pages.text("company");
        assertTrue(!chinese.contains("no data") && !chinese.contains("Attainment") && !chinese.contains("Key accounts"), chinese);
        pages.useEnglish();
        pages.waitForText("company-title", "The company");
        String attainment = pages.text("company-attainment");
        browser.findElement(By.id("company-all-measures")).click();
        pages.waitFor("measures:table");
        assertEquals(attainment, pages.text("now-attainment"), "the same figure on the measures page");
        pages.signOut();

        pages.signInAs("li.ming");
        pages.waitFor("my-team");
        assertTrue(pages.present(By.id("company")).isEmpty(), "a manager has no company part");
    }
}
