package accord.promotion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.Browser;
import accord.testing.BrowserTest;
import accord.testing.Eventually;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A promotion in the browser, on the demo company: 李明 nominates 刘洋 (problems said beside the
 * fields first), HR asks for more evidence and 李明 adds it, HR approves, 周建国 approves as the next head up (李明 nominated, so not him), HR
 * sets today as the effective date, and the grade changes: 刘洋's page shows the new grade and
 * 刘洋 is told — while a colleague of the same team never sees the nomination.
 */
class PromotionPortalIT extends BrowserTest {

    @Test
    void fromTheNominationToTheGradeChange() {
        browser.get(base + "index.xhtml");
        pages.signInAs("li.ming");
        pages.useEnglish();
        browser.findElement(By.id("menu:m-people-records")).click();
        pages.waitFor("people");
        browser.findElement(By.linkText("刘洋")).click();
        pages.waitFor("person-grade");
        assertTrue(pages.text("person-grade").contains("Sales Representative"), pages.text("person-grade"));
        browser.findElement(By.id("nominate")).click();
        pages.waitFor("nominate:submit");
        assertTrue(pages.text("evidence").contains("Months in grade"), pages.text("evidence"));
        browser.findElement(By.id("nominate:submit")).click();
        pages.waitForText("nominate", "Say when the nominee is ready.");
        assertTrue(pages.text("nominate").contains("Fill this in."), "each empty field is named");
        browser.findElement(By.cssSelector("#nominate\\:readiness label")).click();
        browser.findElement(By.id("nominate:strengths")).sendKeys("Opens new accounts in Suzhou.");
        browser.findElement(By.id("nominate:weaknesses")).sendKeys("Forecasts are optimistic.");
        browser.findElement(By.id("nominate:firstSteps")).sendKeys("Consultative selling course.");
        browser.findElement(By.id("nominate:submit")).click();
        pages.waitForText("messages", "submitted");
        String number = pages.text("nomination").split("\n")[0].replace("Nomination ", "").split(" ")[0];
        assertTrue(pages.text("chain-notes").contains("周建国 approves as head"), pages.text("chain-notes"));
        pages.signOut();

        // A colleague of the same team finds nothing: not in the list, not by its address.
        pages.signInAs("chen.jing");
        browser.get(base + "promotions/index.xhtml");
        pages.waitFor("nominations:rows");
        assertFalse(pages.text("nominations:rows").contains(number), "a peer's list");
        browser.get(base + "promotions/view.xhtml?number=" + number);
        pages.waitForText("messages", "No such nomination");
        pages.signOut();

        // HR asks for more evidence (a reason is required), the nominator answers, HR approves.
        pages.signInAs("cao.li");
        pages.openTask("team", "刘洋", "HR review of the nomination");
        browser.findElement(By.id("form:claim")).click();
        pages.waitFor("promotion-form:hr-done");
        browser.findElement(By.xpath("//label[text()='Ask for more evidence']")).click();
        browser.findElement(By.id("promotion-form:hr-done")).click();
        pages.waitForText("promotion-form", "Give the reason.");
        browser.findElement(By.id("promotion-form:reason")).sendKeys("Which accounts did 刘洋 open?");
        browser.findElement(By.id("promotion-form:hr-done")).click();
        pages.waitForText("inbox:messages", "done");
        pages.signOut();

        pages.signInAs("li.ming");
        pages.openTask("mine", "刘洋", "Add evidence to the nomination");
        browser.findElement(By.id("promotion-form:strengths")).sendKeys(" 苏州精密 and two more in 2026.");
        browser.findElement(By.id("promotion-form:resubmit")).click();
        pages.waitForText("inbox:messages", "done");
        pages.signOut();

        pages.signInAs("cao.li");
        pages.openTask("team", "刘洋", "HR review of the nomination");
        browser.findElement(By.id("form:claim")).click();
        pages.waitFor("promotion-form:hr-done");
        assertTrue(pages.text("nomination").contains("two more in 2026"), pages.text("nomination"));
        browser.findElement(By.id("promotion-form:hr-done")).click();
        pages.waitForText("inbox:messages", "done");
        pages.signOut();

        pages.signInAs("zhou.jianguo");
        pages.openTask("mine", "刘洋", "Approve the nomination as head");
        assertTrue(pages.text("evidence").contains("Period"), pages.text("evidence"));
        browser.findElement(By.id("promotion-form:approval-done")).click();
        pages.waitForText("inbox:messages", "done");
        pages.signOut();

        pages.signInAs("cao.li");
        pages.openTask("team", "刘洋", "Set the effective date");
        browser.findElement(By.id("form:claim")).click();
        pages.waitFor("promotion-form:effective-done");
        pages.typeDay("promotion-form:effectiveOn_input", LocalDate.now(ZoneId.of("Asia/Shanghai")));
        browser.findElement(By.id("promotion-form:effective-done")).click();
        pages.waitForText("inbox:messages", "done");
        pages.signOut();

        // The effective-day timer runs on the portal's job executor within seconds.
        pages.signInAs("liu.yang");
        Eventually.until(() -> {
            browser.get(base + "index.xhtml");
            return browser.getPageSource().contains("Senior Sales Representative");
        });
        pages.waitForText("notices", "you are Senior Sales Representative");
        browser.get(base + "people/view.xhtml?login=liu.yang");
        pages.waitFor("person-grade");
        assertTrue(pages.text("person-grade").contains("Senior Sales Representative"), pages.text("person-grade"));
        assertTrue(pages.text("nomination-rows").contains("Promoted to Senior Sales Representative"), pages.text("nomination-rows"));
        assertFalse(browser.getPageSource().contains("Opens new accounts"), "the nominee sees the outcome, not the assessment");
        pages.signOut();

        pages.signInAs("li.ming");
        browser.get(base + "promotions/view.xhtml?number=" + number);
        pages.waitForText("nomination-status", "Promoted");
        Browser.screenshot(browser, "nomination");
    }

}
