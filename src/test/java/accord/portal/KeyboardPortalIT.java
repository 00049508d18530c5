package accord.portal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.demo.control.DemoOrganisation;
import accord.testing.BrowserTest;
import accord.testing.Keyboard;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workflows without a mouse: a complaint from intake to the call-back, and a handoff from the
 * request to the rating, each step reached with Tab and done with the keys a control takes. Every
 * control on the way shows its focus ({@link Keyboard}); after each step the page's message says
 * what happened.
 */
class KeyboardPortalIT extends BrowserTest {

    private Keyboard keys;

    private void signInByKeyboard(String login) {
        browser.get(base + "login.xhtml");
        keys = new Keyboard(browser);
        keys.type(By.id("signin:login"), login);
        keys.type(By.id("signin:password"), DemoOrganisation.PASSWORD);
        WebElement submit = browser.findElement(By.id("signin:submit"));
        keys.press(By.id("signin:submit"));
        // Chromium sometimes reports the old node as "not in the document" instead of stale: look again.
        new WebDriverWait(browser, java.time.Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(submit));
        pages.waitFor("greeting");
        if (!browser.findElement(By.id("sign-out")).getText().contains("Sign out")) {
            WebElement before = browser.findElement(By.id("sign-out"));
            keys.press(By.id("lang-en"));
            new WebDriverWait(browser, java.time.Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(ExpectedConditions.stalenessOf(before));
            pages.waitForText("sign-out", "Sign out");
        }
    }

    private void signOutByKeyboard() {
        keys.press(By.id("sign-out"));
        pages.waitFor("signin:login");
    }

    /** The inbox list, searched for the case, and its task opened: all with the keyboard. */
    private void openTaskByKeyboard(String list, String search, String taskName) {
        keys.press(By.id("menu:m-" + list));
        pages.waitFor("inbox:tasks");
        WebElement table = browser.findElement(By.id("inbox:tasks"));
        keys.type(By.id("inbox:text"), search);
        keys.press(By.id("inbox:search"));
        new WebDriverWait(browser, java.time.Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(table));
        pages.waitForText("inbox:tasks", search);
        keys.press(By.linkText(taskName));
        pages.waitFor("task-name");
    }

    @Test
    void aComplaintFromIntakeToCallBackWithTheKeyboardAlone() {
        String subject = "Keyboard only " + System.nanoTime();
        signInByKeyboard("ma.lin");
        keys.press(By.id("menu:m-complaint-new"));
        pages.waitFor("intake:register");
        keys.complete(By.id("intake:customer_input"), "恒通");
        pages.waitForText("intake:customer-facts", "Key account (A)");
        keys.type(By.id("intake:contactName"), "王经理");
        keys.type(By.id("intake:contactPhone"), "021-5555 0101");
        keys.pick(By.id("intake:channel"), "Phone");
        keys.choose(By.id("intake:category"), "Delivery");
        keys.pick(By.id("intake:severity"), "High");
        keys.type(By.id("intake:subject"), subject);
        keys.type(By.id("intake:description"), "The second delivery came three days late.");
        keys.press(By.id("intake:register"));
        pages.waitForText("messages", "is registered");
        Matcher number = Pattern.compile("CMP-\\d{4}-\\d{6}").matcher(pages.text("messages"));
        assertTrue(number.find(), pages.text("messages"));

        // Triage: claimed from the team list's task page, sent to Technical Support.
        openTaskByKeyboard("team", subject, "Triage the complaint");
        keys.press(By.id("form:claim"));
        pages.waitForText("messages", "You claimed");
        // The withdrawal's confirmation, opened and left with the keyboard: nothing withdrawn.
        String asked = keys.dialogTrapsFocusAndGivesItBack(By.id("complaint-withdraw:withdraw"));
        assertTrue(asked.contains("Go on?"), asked);
        keys.tabBackTo(By.id("complaint-form:department"));
        keys.choose(By.id("complaint-form:department"), "Technical Support");
        keys.press(By.id("complaint-form:triage-done"));
        pages.waitForText("inbox:messages", "done");
        signOutByKeyboard();

        signInByKeyboard("he.peng");
        openTaskByKeyboard("team", subject, "Resolve the complaint");
        keys.press(By.id("form:claim"));
        pages.waitForText("messages", "You claimed");
        keys.choose(By.id("complaint-form:rootCause"), "Logistics");
        keys.type(By.id("complaint-form:correctiveAction"), "A second carrier for this route.");
        keys.type(By.id("complaint-form:preventiveAction"), "Weekly check of late deliveries.");
        keys.type(By.id("complaint-form:resolution"), "The goods arrived; the freight is refunded.");
        keys.press(By.id("complaint-form:resolve-done"));
        pages.waitForText("inbox:messages", "done");
        signOutByKeyboard();

        signInByKeyboard("ma.lin");
        openTaskByKeyboard("mine", subject, "Call the customer back");
        keys.pick(By.id("complaint-form:accepted"), "Accepted");
        keys.rate("complaint-form:satisfaction", 4);
        keys.type(By.id("complaint-form:customerWords"), "Fine now, thank you.");
        keys.press(By.id("complaint-form:call-back-done"));
        pages.waitForText("inbox:messages", "done");
        browser.get(base + "complaints/view.xhtml?number=" + number.group());
        pages.waitFor("complaint-status");
        assertTrue(pages.text("complaint-status").equalsIgnoreCase("closed"), pages.text("complaint-status"));
    }

    @Test
    void aHandoffFromRequestToRatingWithTheKeyboardAlone() {
        String subject = "Keyboard handoff " + System.nanoTime();
        signInByKeyboard("zhang.wei");
        keys.press(By.id("menu:m-handoff-new"));
        pages.waitFor("request:submit");
        keys.choose(By.id("request:targetDepartment"), "Technical Support");
        keys.choose(By.id("request:kind"), "Technical proposal");
        keys.type(By.id("request:neededBy_input"), LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString());
        keys.type(By.id("request:subject"), subject);
        keys.type(By.id("request:details"), "A proposal for the second production line.");
        keys.type(By.id("request:acceptanceCriteria"), "Covers line 2\nIncludes a price range");
        keys.press(By.id("request:submit"));
        pages.waitForText("messages", "HND-");
        signOutByKeyboard();

        signInByKeyboard("guo.qiang");
        openTaskByKeyboard("mine", subject, "Approve the request");
        keys.pick(By.id("handoff-form:decision"), "Approve and assign");
        keys.chooseStartingWith(By.id("handoff-form:assignee"), "何鹏");
        keys.press(By.id("handoff-form:decide-done"));
        pages.waitForText("inbox:messages", "done");
        signOutByKeyboard();

        signInByKeyboard("he.peng");
        openTaskByKeyboard("mine", subject, "Deliver the work");
        keys.type(By.id("handoff-form:deliverable"), "The proposal: two options, 1.2 to 1.5 million.");
        keys.press(By.id("handoff-form:deliver-done"));
        pages.waitForText("inbox:messages", "done");
        signOutByKeyboard();

        signInByKeyboard("zhang.wei");
        openTaskByKeyboard("mine", subject, "Accept the result");
        keys.pick(By.id("handoff-form:accepted"), "Accept the result");
        keys.tick(By.id("handoff-form:criteria:0"));
        keys.tick(By.id("handoff-form:criteria:1"));
        keys.rate("handoff-form:rating", 5);
        keys.press(By.id("handoff-form:accept-done"));
        pages.waitForText("inbox:messages", "done");
    }
}
