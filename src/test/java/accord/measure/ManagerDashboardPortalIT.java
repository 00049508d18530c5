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
 * A sales manager's home page: each team member's attainment last quarter (a chart and a table, a
 * name opening that member's measures), the team's open key-account reviews and the manager's
 * nominations in flight, each opening its page; a rep has no team part.
 */
class ManagerDashboardPortalIT extends BrowserTest {

    @Test
    void aManagerSeesTheTeamsAttainmentReviewsAndNominationsAndARepDoesNot() {
        browser.get(base + "index.xhtml");
        pages.signInAs("li.ming");
        pages.useEnglish();
        pages.waitFor("my-team");
        List<String> members = browser.findElements(By.cssSelector("#team-table tbody th")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("刘洋", "张伟", "王芳", "陈静").stream().sorted().toList(), members.stream().sorted().toList(), "the four reports");
        for (WebElement cell : browser.findElements(By.cssSelector("#team-table tbody td"))) {
            assertTrue(cell.getText().endsWith("%") || cell.getText().startsWith("no data: "), cell.getText());
        }
        assertTrue(!browser.findElements(By.cssSelector("#team-chart canvas")).isEmpty(), "the chart is drawn");
        assertTrue(!pages.present(By.id("reviews-due")).isEmpty() || !pages.present(By.id("no-reviews")).isEmpty());
        assertTrue(!pages.present(By.id("nominations-in-flight")).isEmpty() || !pages.present(By.id("no-nominations")).isEmpty());
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('my-team').scrollIntoView()");
        Browser.screenshot(browser, "dashboard-manager");
        List<WebElement> reviews = browser.findElements(By.cssSelector("#reviews-due a.case-number"));
        if (!reviews.isEmpty()) {
            String number = reviews.get(0).getText();
            reviews.get(0).click();
            pages.waitFor("sign-out");
            assertTrue(browser.getCurrentUrl().contains("number=" + number), browser.getCurrentUrl());
            browser.navigate().back();
            pages.waitFor("my-team");
        }
        browser.findElement(By.xpath("//table[@id='team-table']//th/a[normalize-space()='张伟']")).click();
        pages.waitFor("measures:table");
        assertEquals("rep:zhang.wei", new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("choose-scope")))
                .getFirstSelectedOption().getAttribute("value"), "the member's measures");
        pages.signOut();

        pages.signInAs("zhang.wei");
        pages.waitFor("my-sales");
        assertTrue(pages.present(By.id("my-team")).isEmpty(), "a rep has no team part");
    }
}
