package accord.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.Browser;
import accord.testing.BrowserTest;
import accord.testing.Pages;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A handoff in the browser, as the demo company's people would do it: a sales rep asks Technical
 * Support for a technical proposal, the head approves and assigns an engineer, the engineer
 * delivers, the rep ticks the acceptance criteria and rates.
 */
class HandoffPortalIT extends BrowserTest {

    @Test
    void aRepAsksForAProposalTheHeadAssignsTheEngineerDeliversAndTheRepAcceptsAndRates() {
        String subject = "Proposal for line 2 " + System.nanoTime();
        browser.get(base + "index.xhtml");
        pages.signInAs("zhang.wei");
        pages.useEnglish();
        browser.findElement(By.id("menu:m-handoff-new")).click();
        pages.waitFor("request:submit");

        // Nothing filled in: each field says what it needs, beside it.
        browser.findElement(By.id("request:submit")).click();
        pages.waitForText("request", "Choose the department you ask.");
        assertTrue(pages.text("request").contains("Write 1 to 10 acceptance criteria, one per line."), pages.text("request"));
        assertTrue(pages.text("request").contains("Choose a date from today on."), pages.text("request"));

        String number = send(subject);
        assertTrue(pages.text("handoff-status").contains("Waiting for approval"), pages.text("handoff-status"));
        pages.signOut();

        // The head sees it among the approvals and approves it on its task, for the engineer.
        pages.signInAs("guo.qiang");
        browser.findElement(By.id("menu:m-approvals")).click();
        pages.waitForText("approvals:pending", subject);
        Browser.screenshot(browser, "handoff-approvals");
        pages.openTask("mine", subject, "Approve the request");
        assertTrue(pages.text("handoff-facts").contains("Covers every station"), pages.text("handoff-facts"));
        pages.chooseStartingWith("handoff-form:assignee", "何鹏");
        browser.findElement(By.id("handoff-form:text")).sendKeys("He Peng takes it.");
        browser.findElement(By.id("handoff-form:decide-done")).click();
        pages.waitForText("inbox:messages", "done");
        pages.signOut();

        // The engineer delivers.
        pages.signInAs("he.peng");
        pages.openTask("mine", subject, "Deliver the work");
        browser.findElement(By.id("handoff-form:deliverable")).sendKeys("Proposal: three phases, 1.8–2.2 million yuan.");
        browser.findElement(By.id("handoff-form:deliver-done")).click();
        pages.waitForText("inbox:messages", "done");
        pages.signOut();

        // The rep accepts: every criterion ticked, four stars.
        pages.signInAs("zhang.wei");
        pages.openTask("mine", subject, "Accept the result");
        assertTrue(pages.text("handoff-facts").contains("three phases"), "the deliverable to check");
        browser.findElement(By.id("handoff-form:accept-done")).click();
        pages.waitForText("handoff-form", "Tick every criterion, or send the result back.");
        List<WebElement> boxes = browser.findElements(By.cssSelector("#handoff-form\\:criteria .ui-chkbox-box"));
        assertEquals(2, boxes.size());
        boxes.forEach(WebElement::click);
        browser.findElements(By.cssSelector("#handoff-form\\:rating .ui-rating-star a")).get(3).click();
        Browser.screenshot(browser, "handoff-accept");
        browser.findElement(By.id("handoff-form:accept-done")).click();
        pages.waitForText("inbox:messages", "done");

        // Its page: done, rated, who did what, and the diagram at its end.
        browser.get(base + "handoffs/view.xhtml?number=" + number);
        pages.waitFor("handoff-number");
        assertTrue(pages.text("handoff-status").contains("Done"), pages.text("handoff-status"));
        assertEquals("4 / 5", pages.text("rating"));
        assertTrue(pages.text("history").contains("何鹏") && pages.text("history").contains("Deliver the work"), pages.text("history"));
        new WebDriverWait(browser, Duration.ofSeconds(20), Pages.LOOK_AGAIN)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram.diagram-ready")));
        assertTrue(pages.diagramMarkers("done").contains("accord-done"), "the case reached Done");
        Browser.screenshot(browser, "handoff-page");
    }

    /** Fills the request form (open, in English) for Technical Support and sends it: the handoff's number. */
    private String send(String subject) {
        pages.chooseFrom("request:targetDepartment", "Technical Support");
        pages.chooseFrom("request:kind", "Technical proposal");
        browser.findElement(By.xpath("//*[@id='request:priority']//*[text()='High']")).click();
        browser.findElement(By.id("request:subject")).sendKeys(subject);
        browser.findElement(By.id("request:details")).sendKeys("The customer plans to automate its second line.");
        browser.findElement(By.id("request:acceptanceCriteria")).sendKeys("Covers every station\nIncludes a price range");
        // Last: the date picker's calendar keeps the keyboard while it is open; a click on the heading closes it.
        pages.typeDay("request:neededBy_input", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10));
        browser.findElement(By.tagName("h1")).click();
        Browser.screenshot(browser, "handoff-request");
        browser.findElement(By.id("request:submit")).click();
        pages.waitForText("messages", "is sent to the department's head");
        return pages.text("handoff-number").split(" ")[0];
    }

    @Test
    void theHeadApprovesFromTheMailsButtonOnAConfirmationPageAndTheLinkWorksOnce() {
        String subject = "Drawings for line 3 " + System.nanoTime();
        browser.get(base + "index.xhtml");
        pages.signInAs("zhang.wei");
        pages.useEnglish();
        browser.findElement(By.id("menu:m-handoff-new")).click();
        pages.waitFor("request:submit");
        String number = send(subject);
        pages.signOut();

        // No mail server in the demo: ADMIN reads the head's mail on the outbox page, with its buttons.
        pages.signInAs("admin");
        browser.get(base + "admin/outbox.xhtml");
        pages.waitFor("outbox:mails");
        browser.findElement(By.xpath("//a[contains(@id,':read') and contains(., '" + number + "')]")).click();
        pages.waitForText("outbox:reading", "decide.xhtml?link=");
        java.util.regex.Matcher approve = java.util.regex.Pattern.compile("\\S+/(handoffs/decide\\.xhtml\\?link=[A-Za-z0-9_-]{43})")
                .matcher(pages.text("outbox:reading"));
        assertTrue(approve.find(), pages.text("outbox:reading"));
        String link = approve.group(1);
        browser.get(base + "index.xhtml");
        pages.signOut();

        // Opening the link asks to sign in, then shows the decision to confirm: nothing has changed yet.
        browser.get(base + link);
        pages.signIn("guo.qiang", "accord-demo");
        pages.waitFor("decide-form:confirm");
        assertTrue(pages.text("decision-title").contains(number), pages.text("decision-title"));
        pages.chooseStartingWith("decide-form:assignee", "何鹏");
        Browser.screenshot(browser, "handoff-decide-from-mail");
        browser.findElement(By.id("decide-form:confirm")).click();
        pages.waitForText("messages", number);
        assertTrue(pages.text("assignee").contains("何鹏"), pages.text("assignee"));

        // A second time the link explains itself and leads to the handoff.
        browser.get(base + link);
        pages.waitFor("link-problem");
        assertTrue(pages.text("link-problem").matches("(?s).*(already been used|已于).*"), pages.text("link-problem"));
        Browser.screenshot(browser, "handoff-decide-used");
        browser.findElement(By.id("case-link")).click();
        pages.waitFor("handoff-number");
    }
}
