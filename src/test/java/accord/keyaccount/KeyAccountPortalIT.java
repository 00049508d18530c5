package accord.keyaccount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.Browser;
import accord.testing.Deployments;
import accord.testing.Pages;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Customers in the browser, on the demo company: an account manager finds a key account, reads its
 * figures and types this year's last quarter; a sales manager imports a file with bad lines (each
 * named, nothing imported) and then a good one; the sales director changes a tier with a reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyAccountPortalIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL deployedAt;

    private URL base;
    private WebDriver browser;
    private Pages pages;

    @BeforeEach
    void openBrowser() throws Exception {
        base = new URL("http", "127.0.0.1", deployedAt.getPort(), deployedAt.getPath());
        browser = Browser.open("en-US");
        pages = new Pages(browser, base);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

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

        // The sales director moves the account down, with a reason kept in its tier history.
        pages.signInAs("zhou.jianguo");
        browser.get(base + "customers/view.xhtml?code=C0001");
        pages.waitFor("retier:retier-done");
        browser.findElement(By.id("retier:retier-done")).click();
        pages.waitForText("retier", "Choose a tier other than the current one.");
        pages.chooseFrom("retier:tier", "Regular (B)");
        browser.findElement(By.id("retier:reason")).sendKeys("Sales fell two years in a row.");
        browser.findElement(By.id("retier:retier-done")).click();
        pages.waitForText("messages", "is now Regular (B)");
        assertTrue(pages.text("tier-history").contains("A → B") && pages.text("tier-history").contains("Sales fell"),
                pages.text("tier-history"));
    }

    private static Path csv(String name, String content) throws IOException {
        Path file = Files.createTempDirectory("accord").resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
