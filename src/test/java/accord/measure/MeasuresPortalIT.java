package accord.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.Browser;
import accord.testing.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The sales measures in the browser: a rep reads their customers' quarter with the quarter before
 * and a year earlier, opens a measure's definition, and sees a month say what it lacks; the sales
 * director reads the company; the rep cannot read another rep's by changing the link.
 */
class MeasuresPortalIT extends BrowserTest {

    @Test
    void aRepReadsTheirMeasuresTheDirectorTheCompanysAndNobodyAnothersByTheLink() {
        browser.get(base + "index.xhtml");
        pages.signInAs("zhang.wei");
        pages.useEnglish();
        browser.findElement(By.id("menu:m-measures")).click();
        pages.waitFor("measures:table");
        List<WebElement> rows = browser.findElements(By.cssSelector("#measures\\:table tbody tr"));
        assertEquals(13, rows.size(), "the thirteen measures");
        browser.findElement(By.cssSelector("#definition-attainment summary")).click();
        assertTrue(browser.findElement(By.cssSelector("#definition-attainment p")).isDisplayed(), "the definition a click away");
        Browser.screenshot(browser, "measures");

        // Last quarter has its sales reported in the demo: attainment is a percentage there.
        Select period = new Select(browser.findElement(By.id("choose-period")));
        period.selectByIndex(1);
        show();
        assertTrue(pages.text("now-attainment").endsWith("%"), pages.text("now-attainment"));
        new Select(browser.findElement(By.id("choose-period"))).selectByIndex(9);
        show();
        assertTrue(pages.text("now-attainment").startsWith("no data: sales figures are kept by quarter"), "a month: " + pages.text("now-attainment"));

        browser.get(base + "measures/index.xhtml?scope=rep:wang.fang");
        pages.waitFor("not-allowed");
        assertTrue(pages.present(By.id("measures:table")).isEmpty(), "another rep's figures are not shown");
        pages.signOut();

        pages.signInAs("zhou.jianguo");
        browser.findElement(By.id("menu:m-measures")).click();
        pages.waitFor("choose-scope");
        new Select(browser.findElement(By.id("choose-scope"))).selectByValue("company");
        show();
        assertEquals("company", new Select(browser.findElement(By.id("choose-scope"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(pages.text("now-retention").endsWith("%") || pages.text("now-retention").startsWith("no data"),
                pages.text("now-retention"));
        Browser.screenshot(browser, "measures-company");
    }

    @Test
    void aManagerOpensTheTeamsMonthlyReportAndARepIsRefusedItByTheLink() throws Exception {
        browser.get(base + "index.xhtml");
        pages.signInAs("li.ming");
        pages.useEnglish();
        browser.get(base + "measures/index.xhtml?scope=team:li.ming");
        pages.waitFor("monthly-report");
        String link = browser.findElement(By.id("monthly-report")).getAttribute("href");
        assertTrue(pages.text("monthly-report").matches("Monthly report for \\w+ \\d{4} \\(PDF\\)"), pages.text("monthly-report"));
        // The same link in Chinese: the month said in Chinese, no English left.
        pages.useChinese();
        browser.get(base + "measures/index.xhtml?scope=team:li.ming");
        pages.waitFor("monthly-report");
        assertTrue(pages.text("monthly-report").matches("\\d{4}年\\d{1,2}月销售月报（PDF）"), pages.text("monthly-report"));
        Browser.screenshot(browser, "measures-report-link-zh");
        pages.useEnglish();
        pages.signOut();

        // A rep following the link in the browser reads why not, in their language.
        pages.signInAs("zhang.wei");
        pages.useChinese();
        browser.get(link);
        pages.waitFor("not-allowed");
        assertTrue(pages.text("not-allowed").matches("[^A-Za-z]+"), "said in Chinese: " + pages.text("not-allowed"));
        Browser.screenshot(browser, "monthly-report-refused-zh");
        pages.useEnglish();
        pages.signOut();

        java.net.http.HttpResponse<String> pdf = accord.testing.SignedInClient.signIn(base.toURI(), "li.ming")
                .get(link.substring(link.indexOf("measures/")));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(pdf.body().startsWith("%PDF"), "a PDF");
        java.net.http.HttpResponse<String> refused = accord.testing.SignedInClient.signIn(base.toURI(), "zhang.wei")
                .get(link.substring(link.indexOf("measures/")));
        assertEquals(403, refused.statusCode(), "a rep may not have the team's report");
        assertTrue(refused.body().contains("id=\"not-allowed\""), "the page says why");
    }

    /** Shows the choice and waits for the new page, not the old one still on screen. */
    private void show() {
        WebElement before = browser.findElement(By.id("choose-show"));
        before.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
        pages.waitFor("measures:table");
    }
}
