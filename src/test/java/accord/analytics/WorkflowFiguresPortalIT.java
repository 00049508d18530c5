package accord.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.Browser;
import accord.testing.BrowserTest;
import accord.testing.SignedInClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * workflows of this month, opens the cases behind a count and one of them, exports the tables, and
 * goes back a month; a department head sees their department's steps;
 * a sales rep is neither offered them nor shown them.
 */
class WorkflowFiguresPortalIT extends BrowserTest {

    @Test
    void theSalesDirectorReadsTheMonthsWorkflowFiguresAHeadTheirDepartmentsAndARepNone() throws Exception {
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

        // A count opens the cases behind it, each opening its case page.
        WebElement complaintSteps = browser.findElement(By.cssSelector("section.workflow-figures table"));
        WebElement triageDone = complaintSteps.findElement(By.xpath(".//tr[td[contains(., 'Triage the complaint')]]//a[@class='case-count']"));
        int done = Integer.parseInt(triageDone.getText());
        triageDone.click();
        pages.waitFor("figure-heading");
        assertTrue(pages.text("figure-heading").startsWith("Complaint handling · Triage the complaint · cases that did this step"),
                pages.text("figure-heading"));
        List<WebElement> numbers = browser.findElements(By.cssSelector("#cases\\:list a.case-number"));
        assertTrue(!numbers.isEmpty() && numbers.size() <= done, numbers.size() + " cases for " + done + " triages done");
        assertTrue(pages.text("count").startsWith(numbers.size() + " cases"), "the count is the list's, all shown on one page");
        Browser.screenshot(browser, "workflow-figure-cases");
        String number = numbers.get(0).getText();
        numbers.get(0).click();
        pages.waitForText("complaint-number", number);
        browser.navigate().back();
        pages.waitFor("figure-heading");
        browser.findElement(By.cssSelector("#breadcrumb a[href*='workflows']")).click();
        pages.waitFor("workflows:month");

        // Both tables as files: the steps of a workflow, and the cases behind a figure.
        SignedInClient director = SignedInClient.signIn(base.toURI(), "zhou.jianguo");
        String steps = new String(director.press("analytics/workflows.xhtml", "workflows", "flows:0:export-csv").body(),
                StandardCharsets.UTF_8);
        assertTrue(steps.contains("\"Step\",\"Done\"") && steps.contains("\"Triage the complaint\",\"" + done + "\""), steps);
        HttpResponse<byte[]> xlsx = director.press("analytics/workflows.xhtml", "workflows", "flows:0:export-xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertEquals("Step", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        String cases = new String(director.press("analytics/cases.xhtml?workflow=complaintHandling&step=triage&figure=done", "cases",
                "export-csv").body(), StandardCharsets.UTF_8);
        assertTrue(cases.contains("\"" + number + "\""), cases);
        assertEquals(numbers.size() + 1, cases.lines().count(), "a line per case and the header: " + cases);

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
