package accord.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.Browser;
import accord.testing.BrowserTest;
import accord.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The administrator meets two cases whose background step failed on purpose on Failed jobs: reads
 * the error and its stack trace, opens a case's operations page from its number, retries one once
 * its cause is fixed, and cancels the other, which needs a reason.
 */
class FailedJobsPortalIT extends BrowserTest {

    @Test
    void anAdministratorReadsRetriesAndCancelsFailedJobs() {
        browser.get(base + "login.xhtml");
        pages.signInAs("admin");
        pages.useEnglish();
        String toRetry = started();
        String toCancel = started();
        Eventually.until(() -> {
            browser.get(base + "admin/failed-jobs.xhtml");
            pages.waitFor("jobs:dead");
            return pages.text("jobs:dead").contains(toRetry) && pages.text("jobs:dead").contains(toCancel);
        });
        assertTrue(pages.text("jobs:dead").contains("Failed on purpose in " + toRetry), pages.text("jobs:dead"));
        Browser.screenshot(browser, "admin-failed-jobs");

        rowOf(toRetry).findElement(By.cssSelector("button[id$=':trace']")).click();
        pages.waitForText("jobs:trace-text", "java.lang.IllegalStateException: Failed on purpose in " + toRetry);
        Browser.screenshot(browser, "admin-failed-job-trace");
        browser.findElement(By.cssSelector("#jobs\\:trace .ui-dialog-titlebar-close")).click();

        // The case's own operations page, from its number.
        rowOf(toCancel).findElement(By.linkText(toCancel)).click();
        pages.waitFor("case-number");
        assertEquals("Running", pages.text("case-state"));
        assertTrue(pages.text("jobs-form:case-jobs").contains("Dead") && pages.text("jobs-form:case-jobs").contains("Work that may fail"),
                pages.text("jobs-form:case-jobs"));
        assertTrue(pages.text("case-variables").contains("failOnPurpose"), pages.text("case-variables"));
        Browser.screenshot(browser, "admin-case-failed");

        browser.get(base + "it/failing-case?fix=" + toRetry);
        browser.get(base + "admin/failed-jobs.xhtml");
        pages.waitFor("jobs:dead");
        rowOf(toRetry).findElement(By.cssSelector("button[id$=':retry']")).click();
        pages.waitForText("jobs:messages", "1 job(s) will be tried again");
        assertTrue(!pages.text("jobs:dead").contains(toRetry), pages.text("jobs:dead"));

        // The retried case went on to its task and its reminder timer, which is moved with a reason.
        Eventually.until(() -> {
            browser.get(base + "admin/case.xhtml?number=" + toRetry);
            pages.waitFor("case-number");
            return pages.text("jobs-form:case-jobs").contains("Waiting for its time");
        });
        browser.findElement(By.cssSelector("button[id$=':move']")).click();
        pages.waitFor("move:confirm");
        pages.waitForText("move:move-body", "A month without a look");
        browser.findElement(By.id("move:confirm")).click();
        pages.waitForText("move:reason-message", "Say why the timer is moved.");
        browser.findElement(By.id("move:reason")).sendKeys("Agreed with the customer: remind sooner.");
        browser.findElement(By.id("move:confirm")).click();
        pages.waitForText("messages", "now fires at");
        Browser.screenshot(browser, "admin-case-timer-moved");
        browser.get(base + "admin/failed-jobs.xhtml");
        pages.waitFor("jobs:dead");

        rowOf(toCancel).findElement(By.cssSelector("button[id$=':cancel']")).click();
        pages.waitFor("cancel:confirm");
        pages.waitForText("cancel:cancel-body", toCancel);
        browser.findElement(By.id("cancel:confirm")).click();
        pages.waitForText("cancel:reason-message", "Say why the job is cancelled.");
        browser.findElement(By.id("cancel:reason")).sendKeys("Opened twice by mistake; the other case goes on.");
        browser.findElement(By.id("cancel:confirm")).click();
        pages.waitForText("jobs:messages", "The job of " + toCancel + " is cancelled.");
        assertTrue(!pages.text("jobs:dead").contains(toCancel), pages.text("jobs:dead"));

        // Any case of any workflow: the demo's complaints waiting at the callback, one opened.
        browser.findElement(By.id("menu:m-cases")).click();
        pages.waitFor("cases:list");
        browser.findElement(By.id("cases:number")).sendKeys("cmp-");
        pages.chooseFrom("cases:workflow", "Complaint handling");
        pages.chooseFrom("cases:state", "Running");
        browser.findElement(By.id("cases:search")).click();
        pages.waitForText("cases:list", "CMP-");
        assertTrue(!pages.text("cases:list").contains("IT-F-"), "only complaints: " + pages.text("cases:list"));
        Browser.screenshot(browser, "admin-cases");
        String number = browser.findElement(By.cssSelector("#cases\\:list a.case-link")).getText();
        browser.findElement(By.cssSelector("#cases\\:list a.case-link")).click();
        pages.waitForText("case-number", number);
        assertEquals("Running", pages.text("case-state"));
        assertTrue(pages.text("case-variables").length() > 0);
        Browser.screenshot(browser, "admin-case");
    }

    private String started() {
        browser.get(base + "it/failing-case");
        return browser.findElement(By.tagName("body")).getText().strip();
    }

    private WebElement rowOf(String number) {
        return browser.findElement(By.xpath("//tbody[@id='jobs:dead_data']/tr[contains(., '" + number + "')]"));
    }
}
