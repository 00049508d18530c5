package accord.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.Browser;
import accord.testing.BrowserTest;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The workflow figures in the browser: the sales director opens them from the menu, reads the four
 * workflows of this month and goes back a month; a department head sees their department's steps;
 * a sales rep is neither offered them nor shown them.
 */
class WorkflowFiguresPortalIT extends BrowserTest {

    @Test
    void theSalesDirectorReadsTheMonthsWorkflowFiguresAHeadTheirDepartmentsAndARepNone() {
        browser.get(base + "index.xhtml");
        pages.signInAs("zhou.jianguo");
        pages.useEnglish();
        browser.findElement(By.id("menu:m-workflow-figures")).click();
        pages.waitFor("workflows:month");
        List<String> workflows = browser.findElements(By.cssSelector("section.workflow-figures h2")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Complaint handling", "Key-account review", "Cross-department handoff", "Promotion approval"), workflows);
        String complaints = browser.findElement(By.cssSelector("section.workflow-figures")).getText();
        assertTrue(complaints.contains("Cases started") && complaints.contains("Start to end, median"), complaints);
        Browser.screenshot(browser, "workflow-figures");

        String lastMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1)
                .format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
        WebElement before = browser.findElement(By.cssSelector("section.workflow-figures"));
        pages.chooseFrom("workflows:month", lastMonth);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
        pages.waitForText("workflows:month", lastMonth);
        pages.signOut();

        // A department head: the steps their department's members did, said so, without the whole workflows' figures.
        pages.signInAs("guo.qiang");
        browser.findElement(By.id("menu:m-workflow-figures")).click();
        pages.waitFor("workflows:department-only");
        assertTrue(pages.present(By.cssSelector("section.workflow-figures .register-stats")).isEmpty(), "no case figures");
        assertEquals(4, browser.findElements(By.cssSelector("section.workflow-figures h2")).size());
        Browser.screenshot(browser, "workflow-figures-head");
        pages.signOut();

        pages.signInAs("zhang.wei");
        assertTrue(pages.present(By.id("menu:m-workflow-figures")).isEmpty(), "not offered to a sales rep");
        browser.get(base + "analytics/workflows.xhtml");
        pages.waitFor("not-allowed");
        assertTrue(pages.present(By.id("workflows:month")).isEmpty(), "and not shown");
    }
}
