package accord.keyaccount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.Browser;
import accord.testing.BrowserTest;
import accord.testing.Eventually;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Customers in the browser, on the demo company: an account manager finds a key account, reads its
 * figures and types this year's last quarter; a sales manager imports a file with bad lines (each
 * named, nothing imported) and then a good one; the sales director changes a tier with a reason;
 * and an annual review from its start through the meeting to the director's tier change.
 */
class KeyAccountPortalIT extends BrowserTest {

    @Test
    void anAccountManagerReadsAndTypesFiguresAManagerImportsAndTheDirectorRetiers() throws IOException {
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        browser.get(base + "index.xhtml");
        pages.signInAs("wang.fang");
        pages.useEnglish();
        browser.findElement(By.id("menu:m-customers")).click();
        pages.waitFor("customers:list");
        pages.chooseFrom("customers:tier", "Key account (A)");
        WebElement table = browser.findElement(By.id("customers:list"));
        browser.findElement(By.id("customers:text")).sendKeys("恒通");
        browser.findElement(By.id("customers:search")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(table));
        pages.waitForText("customers:list", "C0001");
        assertEquals(1, browser.findElements(By.cssSelector("#customers\\:list a.customer-link")).size());
        browser.findElement(By.cssSelector("#customers\\:list a.customer-link")).click();

        pages.waitFor("customer-name");
        assertTrue(pages.text("customer-tier").contains("Key account"), pages.text("customer-tier"));
        assertTrue(pages.text("years").contains(String.valueOf(thisYear - 1)), "last year's figures: " + pages.text("years"));
        assertTrue(pages.text("suggestion").contains("The tier rules suggest"), pages.text("suggestion"));
        WebElement actual = browser.findElement(By.id("figures:entry:3:actual_input"));
        actual.sendKeys(Keys.chord(Keys.CONTROL, "a"), "880000");
        browser.findElement(By.id("figures:save")).click();
        pages.waitForText("messages", "quarters changed");
        assertTrue(pages.text("messages").contains("1 quarters changed"), pages.text("messages"));
        assertTrue(pages.text("quarters").contains(thisYear + " Q4") && pages.text("quarters").contains("880,000"),
                pages.text("quarters"));
        Browser.screenshot(browser, "customer-page");
        pages.signOut();

        // The sales manager of the east team imports: a bad file is refused whole, line by line, then a good one.
        pages.signInAs("li.ming");
        browser.get(base + "customers/import.xhtml");
        pages.waitFor("import:upload");
        browser.findElement(By.cssSelector("#import input[type=file]")).sendKeys(csv("bad.csv",
                "customer,year,quarter,target,actual\nC0001,2020,1,100,90\nC0005,2020,1,100,90\nC0001,2020,5,x,90\n").toString());
        browser.findElement(By.id("import:upload")).click();
        pages.waitForText("import:messages", "was not imported: 3 problems");
        String problems = pages.text("import:problems");
        assertTrue(problems.contains("3 customer Customer C0005 is not looked after by your teams."), problems);
        assertTrue(problems.contains("4 quarter") && problems.contains("4 target"), problems);
        Browser.screenshot(browser, "figures-import-refused");
        browser.findElement(By.cssSelector("#import input[type=file]")).sendKeys(csv("good.csv",
                "customer,year,quarter,target,actual\nC0001,2020,1,100,90\nC0001,2020,2,100,\n").toString());
        browser.findElement(By.id("import:upload")).click();
        pages.waitForText("import:messages", "good.csv: 2 lines");
        pages.signOut();

        // The sales director moves a potential customer up (not 恒通: other browser tests register its complaints
        // as a key account's), with a reason kept in its tier history.
        pages.signInAs("zhou.jianguo");
        browser.get(base + "customers/view.xhtml?code=C0023");
        pages.waitFor("retier:retier-done");
        browser.findElement(By.id("retier:retier-done")).click();
        pages.waitForText("retier", "Choose a tier other than the current one.");
        pages.chooseFrom("retier:tier", "Regular (B)");
        browser.findElement(By.id("retier:reason")).sendKeys("Orders doubled two years in a row.");
        browser.findElement(By.id("retier:retier-done")).click();
        pages.waitForText("messages", "is now Regular (B)");
        assertTrue(pages.text("tier-history").contains("C → B") && pages.text("tier-history").contains("Orders doubled"),
                pages.text("tier-history"));
    }

    @Test
    void aReviewGoesFromItsStartThroughTheMeetingToTheDirectorsTierChange() {
        browser.get(base + "index.xhtml");
        pages.signInAs("li.ming");
        pages.useEnglish();
        // A regular account of 王芳's: the yearly round only takes key accounts, so none is under way.
        browser.get(base + "customers/view.xhtml?code=C0015");
        pages.waitFor("review-start:start-review");
        browser.findElement(By.id("review-start:start-review")).click();
        pages.waitForText("messages", "started: the account manager prepares it");
        pages.signOut();

        pages.signInAs("wang.fang");
        pages.openTask("mine", "常州精工", "Prepare the review");
        assertTrue(pages.text("dossier").contains("Sales (actual / target)"), pages.text("dossier"));
        browser.findElement(By.id("review-form:prepare-done")).click();
        pages.waitForText("review-form", "Describe the relationship.");
        browser.findElement(By.id("review-form:relationship")).sendKeys("Steady; the purchasing head wants more support.");
        // The plan's actions are lines with an owner (the account manager unless changed) and a due date.
        browser.findElement(By.id("review-form:action:0:what")).sendKeys("Quarterly visit to the purchasing head");
        browser.findElement(By.id("review-form:add-action")).click();
        pages.waitFor("review-form:action:1:what");
        assertEquals("Quarterly visit to the purchasing head",
                browser.findElement(By.id("review-form:action:0:what")).getAttribute("value"), "adding a line keeps what was typed");
        assertEquals("王芳", browser.findElement(By.id("review-form:action:1:owner")).getAttribute("value"));
        browser.findElement(By.id("review-form:action:1:what")).sendKeys("Demo of controller X2");
        pages.typeDay("review-form:action:0:due_input", java.time.LocalDate.now().plusDays(20));
        browser.findElement(By.id("review-form:prepare-done")).click();
        pages.waitForText("review-form", "Action 2: say what is to be done, who does it and by when.");
        pages.typeDay("review-form:action:1:due_input", java.time.LocalDate.now().plusDays(40));
        browser.findElement(By.id("review-form:prepare-done")).click();
        pages.waitForText("inbox:messages", "done");
        pages.signOut();

        pages.signInAs("li.ming");
        pages.openTask("mine", "常州精工", "Review the preparation");
        assertTrue(pages.text("preparation").contains("purchasing head"), pages.text("preparation"));
        assertTrue(pages.text("preparation").contains("Demo of controller X2 王芳"), pages.text("preparation"));
        browser.findElement(By.id("review-form:review-done")).click();
        pages.waitForText("inbox:messages", "done");
        pages.signOut();

        // The meeting is two minutes from now: the portal's timer brings the outcome step when it has passed.
        pages.signInAs("wang.fang");
        pages.openTask("mine", "常州精工", "Schedule the meeting");
        browser.findElement(By.id("review-form:place")).sendKeys("Changzhou, the customer's office");
        browser.findElement(By.id("review-form:attendees")).sendKeys("Purchasing head; 王芳; 李明");
        WebElement meeting = browser.findElement(By.id("review-form:meetingAt_input"));
        meeting.sendKeys(Keys.chord(Keys.CONTROL, "a"), java.time.LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusMinutes(2)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        browser.findElement(By.tagName("h1")).click();
        browser.findElement(By.id("review-form:schedule-done")).click();
        // Nothing reaches the inbox until the meeting time: the message says so.
        pages.waitForText("inbox:messages", "Record the outcome reaches your inbox when that time has passed");
        // The meeting time is moved to now instead of waiting for it; the portal's job executor runs the timer.
        browser.get(base + "it/move-timers?element=waitForMeeting");
        Eventually.until(() -> {
            browser.get(base + "inbox/index.xhtml?list=mine");
            pages.waitFor("inbox:tasks");
            return pages.text("inbox:tasks").contains("Record the outcome");
        });
        pages.openTask("mine", "常州精工", "Record the outcome");
        browser.findElement(By.id("review-form:feedback")).sendKeys("They will double the volume next year.");
        browser.findElements(By.cssSelector("#review-form\\:satisfaction .ui-rating-star a")).get(4).click();
        pages.chooseFrom("review-form:proposal", "Upgrade");
        pages.chooseFrom("review-form:proposedTier", "Key account (A)");
        Browser.screenshot(browser, "review-outcome");
        browser.findElement(By.id("review-form:outcome-done")).click();
        pages.waitForText("inbox:messages", "done");
        pages.signOut();

        // The sales director approves the upgrade: the tier changes, with the review in its history.
        pages.signInAs("zhou.jianguo");
        pages.openTask("team", "常州精工", "Approve the tier change");
        browser.findElement(By.id("form:claim")).click();
        pages.waitFor("review-form:tier-done");
        assertTrue(pages.text("proposal-text").contains("Upgrade"), pages.text("proposal-text"));
        browser.findElement(By.id("review-form:tier-done")).click();
        pages.waitForText("inbox:messages", "done");
        browser.get(base + "customers/view.xhtml?code=C0015");
        pages.waitFor("customer-name");
        assertTrue(pages.text("customer-tier").contains("Key account"), pages.text("customer-tier"));
        assertTrue(pages.text("tier-history").contains("B → A") && pages.text("tier-history").contains("KAR-"),
                pages.text("tier-history"));
        assertTrue(pages.text("active-plan").contains("Quarterly visit"), pages.text("active-plan"));
        int year = java.time.LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        assertTrue(pages.text("active-plan").contains("Account plan for " + year + ": agreed in review KAR-")
                && pages.text("active-plan").contains("from the figures of " + (year - 1)), pages.text("active-plan"));
        Browser.screenshot(browser, "review-done-customer");

        // The review's number opens its page: what was planned, the meeting and its outcome.
        browser.findElement(By.cssSelector("#customer-reviews a")).click();
        pages.waitFor("review-number");
        assertEquals("Done", pages.text("review-status"));
        assertTrue(pages.text("review-outcome").contains("double the volume"), pages.text("review-outcome"));
        assertTrue(pages.text("review-outcome").contains("Upgrade"), pages.text("review-outcome"));
        assertTrue(pages.text("review-meeting").contains("Changzhou"), pages.text("review-meeting"));
        Browser.screenshot(browser, "review-page");
    }

    private static Path csv(String name, String content) throws IOException {
        Path file = Files.createTempDirectory("accord").resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
