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

        // Asked and left with the keyboard first: the dialog keeps focus while open, gives it back when closed.
        String cancelButton = rowOf(toCancel).findElement(By.cssSelector("button[id$=':cancel']")).getAttribute("id");
        String asked = new accord.testing.Keyboard(browser).dialogTrapsFocusAndGivesItBack(By.id(cancelButton));
        assertTrue(asked.contains(toCancel), asked);
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
        // The list before the search may hold complaints too: wait for the searched one.
        Eventually.until(() -> {
            try {
                String list = pages.text("cases:list");
                return list.contains("CMP-") && !list.contains("IT-F-");
            } catch (org.openqa.selenium.WebDriverException replacedMeanwhile) {
                return false;
            }
        });
        assertTrue(!pages.text("cases:list").contains("IT-F-"), "only complaints: " + pages.text("cases:list"));
        Browser.screenshot(browser, "admin-cases");
        String number = browser.findElement(By.cssSelector("#cases\\:list a.case-link")).getText();
        browser.findElement(By.cssSelector("#cases\\:list a.case-link")).click();
        pages.waitForText("case-number", number);
        assertEquals("Running", pages.text("case-state"));
        assertTrue(pages.text("case-variables").length() > 0);
        Browser.screenshot(browser, "admin-case");
    }

    @Test
    void anAdministratorSuspendsResumesReassignsAndCancelsACaseEachWithAReason() {
        String number = workingCaseOnItsPage();

        browser.findElement(By.id("jobs-form:suspend")).click();
        pages.waitForText("act:act-body", "Suspend the case");
        browser.findElement(By.id("act:act-confirm")).click();
        pages.waitForText("act:act-body", "Say why");
        confirm("Waiting for the customer's lawyer.", "Case " + number + " is on hold.");
        assertEquals("Suspended", pages.text("case-state"));
        assertTrue(browser.findElements(By.id("jobs-form:suspend")).isEmpty(), "offered only when it can succeed");
        Browser.screenshot(browser, "admin-case-suspended");

        // The step's page says it is on hold and offers nothing to do.
        browser.findElement(By.linkText("Look at the result")).click();
        pages.waitFor("on-hold");
        assertTrue(browser.findElements(By.id("form:complete")).isEmpty() && browser.findElements(By.id("form:add-comment")).isEmpty());
        Browser.screenshot(browser, "task-on-hold");

        browser.get(base + "admin/case.xhtml?number=" + number);
        pages.waitFor("jobs-form:resume");
        act("jobs-form:resume", "Resume the case", "The lawyer answered.", "Case " + number + " goes on.");
        assertEquals("Running", pages.text("case-state"));

        browser.findElement(By.cssSelector("button[id$=':reassign']")).click();
        pages.waitForText("act:act-body", "Reassign a step");
        pages.chooseStartingWith("act:person", "胡燕");
        Browser.screenshot(browser, "admin-case-reassign");
        confirm("Customer service follows this up.", "Look at the result is with 胡燕 now.");
        pages.waitForText("jobs-form:open-steps", "胡燕");
        // Everything she holds, the step among it, could go to someone else at once (not done here: the demo's work stays hers).
        browser.get(base + "admin/reassign.xhtml?from=hu.yan");
        pages.waitForText("held", number + " · Look at the result");
        Browser.screenshot(browser, "admin-reassign");
        browser.get(base + "admin/case.xhtml?number=" + number);
        pages.waitFor("jobs-form:cancel-case");

        act("jobs-form:cancel-case", "Cancel the case", "Opened by mistake.", "Case " + number + " was cancelled.");
        assertEquals("Cancelled", pages.text("case-state"));
        assertTrue(pages.text("case-facts").contains("Opened by mistake."), pages.text("case-facts"));
        assertTrue(browser.findElements(By.id("jobs-form:cancel-case")).isEmpty() && browser.findElements(By.id("jobs-form:resume")).isEmpty());

        // The same pages in Chinese.
        pages.useChinese();
        pages.waitForText("case-state", "已取消");
        browser.get(base + "admin/reassign.xhtml?from=hu.yan");
        pages.waitForText("held", "等待其处理的工作");
        Browser.screenshot(browser, "admin-reassign-zh");
        pages.useEnglish();
    }

    @Test
    void anAdministratorMovesRunningCasesToTheNewestVersionMappingARenamedStep() {
        String number = workingCaseOnItsPage();
        browser.get(base + "it/failing-case?version2");

        browser.get(base + "index.xhtml");
        browser.findElement(By.id("menu:m-versions")).click();
        pages.waitFor("processes");
        Browser.screenshot(browser, "admin-versions");
        browser.findElement(By.xpath("//tbody[@id='processes_data']/tr[contains(., 'Failing step (test)')]"
                + "//a[contains(., 'Move to the newest')]")).click();
        pages.waitForText("migrate:migration", "Steps the newest version does not have");

        // Unmapped, the case at the renamed step cannot move; mapped, it can, and moves.
        browser.findElement(By.id("migrate:check")).click();
        pages.waitForText("migrate:blocked", number);
        assertTrue(pages.text("migrate:blocked").contains("which the new version does not have"), pages.text("migrate:blocked"));
        pages.chooseFrom("migrate:gone:0:map", "Look at the result");
        browser.findElement(By.id("migrate:check")).click();
        Eventually.until(() -> browser.findElements(By.id("migrate:move")).size() == 1
                && !browser.findElement(By.id("migrate:check-result")).getText().contains(number));
        Browser.screenshot(browser, "admin-version-check");
        browser.findElement(By.id("migrate:move")).click();
        pages.waitFor("migrate:confirm-move");
        browser.findElement(By.id("migrate:confirm-move")).click();
        pages.waitForText("migrate:report", "moved to version 2");
        Browser.screenshot(browser, "admin-version-moved");

        browser.get(base + "admin/case.xhtml?number=" + number);
        pages.waitFor("case-facts");
        assertTrue(pages.text("case-facts").contains("version 2"), pages.text("case-facts"));
        assertTrue(pages.text("jobs-form:open-steps").contains("Look at the result"));

        // A real workflow's version: its diagram with the steps where its cases wait.
        browser.get(base + "admin/versions.xhtml");
        browser.findElement(By.linkText("Complaint handling")).click();
        pages.waitForText("version-title", "Complaint handling, version 1");
        Browser.screenshot(browser, "admin-version");
        pages.useChinese();
        pages.waitForText("version-title", "第 1 版");
        browser.get(base + "admin/versions.xhtml");
        pages.waitForText("processes", "运行中的案件");
        Browser.screenshot(browser, "admin-versions-zh");
        pages.useEnglish();
    }

    /** Signed in as ADMIN, a case whose step worked, on its operations page once it waits at its task. */
    private String workingCaseOnItsPage() {
        browser.get(base + "login.xhtml");
        pages.signInAs("admin");
        pages.useEnglish();
        browser.get(base + "it/failing-case?working");
        String number = browser.findElement(By.tagName("body")).getText().strip();
        Eventually.until(() -> {
            browser.get(base + "admin/case.xhtml?number=" + number);
            pages.waitFor("case-number");
            return pages.text("jobs-form:open-steps").contains("Look at the result");
        });
        return number;
    }

    /** A case action asked for in its dialog, with its reason; the page says it is done. */
    private void act(String button, String title, String reason, String said) {
        browser.findElement(By.id(button)).click();
        pages.waitForText("act:act-body", title);
        confirm(reason, said);
    }

    private void confirm(String reason, String said) {
        browser.findElement(By.id("act:reason")).sendKeys(reason);
        browser.findElement(By.id("act:act-confirm")).click();
        pages.waitForText("messages", said);
    }

    private String started() {
        browser.get(base + "it/failing-case");
        return browser.findElement(By.tagName("body")).getText().strip();
    }

    private WebElement rowOf(String number) {
        return browser.findElement(By.xpath("//tbody[@id='jobs:dead_data']/tr[contains(., '" + number + "')]"));
    }
}
