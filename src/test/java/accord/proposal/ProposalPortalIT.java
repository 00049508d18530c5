package accord.proposal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.Browser;
import accord.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A customer proposal in the browser, on the demo company: a rep proposes (a missing reason said
 * beside its field, what was typed kept), their sales manager approves it from the inbox, and the
 * proposal's page leads to the customer it became, managed by the rep.
 */
class ProposalPortalIT extends BrowserTest {

    @Test
    void aRepProposesACustomerAndTheirSalesManagerApprovesIt() {
        String name = "苏州浏览器提议客户 " + System.nanoTime();
        browser.get(base + "index.xhtml");
        pages.signInAs("chen.jing");
        browser.get(base + "customers/index.xhtml");
        pages.waitFor("propose-customer");
        browser.findElement(By.id("propose-customer")).click();
        pages.waitFor("propose-form:propose");
        browser.findElement(By.id("propose-form:name")).sendKeys(name);
        browser.findElement(By.id("propose-form:propose")).click();
        pages.waitForText("propose-form", "Say why this customer");
        assertTrue(browser.findElement(By.id("propose-form:name")).getAttribute("value").equals(name), "what was typed stays");
        browser.findElement(By.id("propose-form:reason")).sendKeys("Met at the trade fair; plans two lines next year.");
        browser.findElement(By.id("propose-form:contactName")).sendKeys("钱立新");
        browser.findElement(By.id("propose-form:contactEmail")).sendKeys("qian@example.com");
        browser.findElement(By.id("propose-form:propose")).click();
        pages.waitForText("proposal-status", "Waiting for approval");
        String number = pages.text("proposal-number").split(" ")[0];
        Browser.screenshot(browser, "proposal-sent");
        pages.signOut();

        pages.signInAs("li.ming");
        pages.openTask("mine", name, "Approve the proposed customer");
        browser.findElement(By.cssSelector("label[for='proposal-form:decision:0']")).click();
        browser.findElement(By.id("proposal-form:decide-done")).click();
        pages.waitForText("inbox:messages", number);
        browser.get(base + "proposals/view.xhtml?number=" + number);
        pages.waitForText("proposal-status", "Approved");
        browser.findElement(By.id("customer-link")).click();
        pages.waitFor("customer-name");
        assertTrue(pages.text("customer-name").contains(name));
        assertTrue(pages.text("managers").contains("陈静"), "the rep looks after it: " + pages.text("managers"));
    }
}
