package accord.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.Browser;
import accord.testing.Deployments;
import accord.testing.Pages;
import accord.testing.PortalProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A company moves in on an empty database: its own portal with no demo data (on PostgreSQL in
 * .ci/run: database {@code accord_new}; on H2 a folder of its own), where every page leads to the
 * setup page until the first administrator exists, who then registers the first complaint, from a
 * caller who is a prospect yet, without anyone touching SQL. Run by .ci/postgresql-tests, not by mvn verify.
 */
class NewCompanyIT {

    private static final Pattern TOKEN = Pattern.compile("no administrator yet[\\s\\S]*?(([A-Z2-9]{4}-){4}[A-Z2-9]{4})");
    private static PortalProcess portal;

    @BeforeAll
    static void startAnEmptyPortal() {
        portal = PortalProcess.start("new-company", Deployments.portal(), NewCompanyIT::onAnEmptyDatabase, "-Daccord.demo-data=false");
    }

    /** The run's database options, moved to an empty database of its own; demo data off. */
    private static String onAnEmptyDatabase(String option) {
        if (option.startsWith("-Daccord.data=")) {
            return option + "-new-company";
        }
        if (option.startsWith("-Daccord.db.url=jdbc:postgresql:")) {
            return option + "_new";
        }
        return option.startsWith("-Daccord.demo-data=") ? "-Daccord.demo-data=false" : option;
    }

    @AfterAll
    static void stopIt() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void fromTheSetupPageToTheFirstComplaint() throws Exception {
        Matcher printed = TOKEN.matcher(portal.log());
        assertTrue(printed.find(), "the first start prints a setup token");
        String token = printed.group(1);
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + portal.base().getPort() + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), "health is not held back by the setup gate");

        WebDriver browser = Browser.open("en-US");
        try {
            Pages pages = new Pages(browser, portal.base());
            browser.get(portal.base() + "inbox/index.xhtml");
            pages.waitFor("setup:token");
            assertTrue(browser.getCurrentUrl().endsWith("/setup.xhtml"), "every page leads to setup: " + browser.getCurrentUrl());
            Browser.screenshot(browser, "setup");

            type(browser, "setup:token", "ABCD-EFGH-JKMN-PQRS-TUVW");
            type(browser, "setup:departmentCode", "CS");
            type(browser, "setup:departmentNameZh", "客户服务部");
            type(browser, "setup:departmentNameEn", "Customer Service");
            type(browser, "setup:login", "gao.ping");
            type(browser, "setup:displayName", "高平");
            type(browser, "setup:email", "gao.ping@example.com");
            type(browser, "setup:password", "harbour lantern 7");
            type(browser, "setup:repeat", "harbour lantern 7");
            browser.findElement(By.id("setup:complete")).click();
            pages.waitForText("setup", "Type the setup token from the server log.");
            assertEquals("高平", browser.findElement(By.id("setup:displayName")).getAttribute("value"), "what was typed stays");

            type(browser, "setup:token", token.toLowerCase());
            type(browser, "setup:password", "harbour lantern 7");
            type(browser, "setup:repeat", "harbour lantern 7");
            browser.findElement(By.id("setup:complete")).click();
            pages.waitForText("notices", "Accord is set up. Sign in as gao.ping.");

            pages.signIn("gao.ping", "harbour lantern 7");
            pages.waitFor("inbox-title");
            assertTrue(pages.text("signed-in-as").contains("高平"), "on to the page first asked for");
            browser.get(portal.base() + "setup.xhtml");
            pages.waitFor("greeting");
            assertTrue(!browser.getCurrentUrl().contains("setup"), "no setup once set up: " + browser.getCurrentUrl());

            // The first complaint, from a caller who is no customer yet: registered as a prospect at the intake.
            browser.get(portal.base() + "complaints/new.xhtml");
            pages.waitFor("intake:register");
            browser.findElement(By.cssSelector("#prospect summary")).click();
            browser.findElement(By.id("intake:prospectName")).sendKeys("宁波港湾物流有限公司");
            browser.findElement(By.id("intake:prospectRegion")).sendKeys("宁波");
            browser.findElement(By.id("intake:add-prospect")).click();
            pages.waitForText("messages", "is registered as prospect");
            browser.findElement(By.id("intake:contactName")).sendKeys("陈先生");
            browser.findElement(By.id("intake:contactPhone")).sendKeys("+86 574 5555 0101");
            browser.findElement(By.xpath("//*[@id='intake:channel']//*[text()='Phone']")).click();
            pages.chooseFrom("intake:category", "Delivery");
            browser.findElement(By.xpath("//*[@id='intake:severity']//*[text()='High']")).click();
            browser.findElement(By.id("intake:subject")).sendKeys("First delivery arrived damaged");
            browser.findElement(By.id("intake:description")).sendKeys("Three pallets were crushed on arrival.");
            browser.findElement(By.id("intake:register")).click();
            pages.waitForText("messages", "is registered");
            Browser.screenshot(browser, "new-company-first-complaint");
        } finally {
            Browser.close(browser);
        }
    }

    private static void type(WebDriver browser, String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }
}
