package accord.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.demo.control.DemoOrganisation;
import accord.testing.Browser;
import accord.testing.BrowserTest;
import accord.testing.SignedInClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The audit trail as its users meet it: a failed sign-in and a refused page become lines that the
 * administrator finds on the Audit page by text and by person and action, and takes away as CSV,
 * which is itself a line.
 */
class AuditPortalIT extends BrowserTest {

    @Test
    void aFailedSignInAndARefusedPageAreFoundByTheAdministratorAndExported() throws Exception {
        String stranger = "intruder" + System.nanoTime();
        browser.get(base + "login.xhtml");
        pages.signIn(stranger, "guessing");
        pages.waitForText("signin", "Wrong login or password");
        browser.get(base + "admin/audit.xhtml");
        pages.signIn("tang.min", DemoOrganisation.PASSWORD);
        pages.waitFor("error-403");
        pages.signOut();

        pages.signIn("admin", DemoOrganisation.PASSWORD);
        pages.waitFor("greeting");
        pages.useEnglish();
        browser.findElement(By.id("menu:m-audit")).click();
        pages.waitFor("audit:lines");
        browser.findElement(By.id("audit:text")).sendKeys(stranger);
        browser.findElement(By.id("audit:search")).click();
        pages.waitForText("audit:lines", "unknown or inactive login");
        String found = pages.text("audit:lines");
        assertTrue(found.contains("Sign-in failed") && found.contains(stranger), found);

        browser.findElement(By.id("audit:text")).clear();
        browser.findElement(By.id("audit:actor")).sendKeys("tang.min");
        pages.chooseFrom("audit:action", "Access refused");
        browser.findElement(By.id("audit:search")).click();
        pages.waitForText("audit:lines", "GET /admin/audit.xhtml");
        Browser.screenshot(browser, "admin-audit");

        // A last day before the first is said beside the field; nothing typed is lost.
        pages.typeDay("audit:from_input", java.time.LocalDate.of(2031, 3, 5));
        pages.typeDay("audit:to_input", java.time.LocalDate.of(2031, 3, 1));
        browser.findElement(By.id("audit:search")).click();
        pages.waitForText("audit:to-message", "The last day comes before the first day.");
        assertEquals("tang.min", browser.findElement(By.id("audit:actor")).getAttribute("value"));

        SignedInClient admin = SignedInClient.signIn(base.toURI(), "admin");
        HttpResponse<byte[]> file = admin.submit("admin/audit.xhtml", "audit", "export-csv", Map.of("text", stranger));
        assertEquals(200, file.statusCode());
        String csv = new String(file.body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFWhen,Login,Who,Action,On what,Detail,From address"), csv);
        assertTrue(csv.contains(stranger) && csv.contains("unknown or inactive login"), csv);
        assertEquals(2, csv.strip().lines().count(), "the header and the one line: " + csv);

        browser.navigate().refresh();
        pages.waitFor("audit:lines");
        browser.findElement(By.id("audit:text")).sendKeys("audit");
        pages.chooseFrom("audit:action", "Confidential list exported");
        browser.findElement(By.id("audit:search")).click();
        pages.waitForText("audit:lines", "text " + stranger);
    }
}
