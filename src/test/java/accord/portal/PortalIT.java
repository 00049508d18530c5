package accord.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.demo.control.DemoOrganisation;
import accord.testing.Browser;
import accord.testing.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal as its users meet it: over HTTP and in headless Chromium, against the packaged WAR
 * with its demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open("en-US");
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anonymousRequestsAreSentToTheLoginPage() throws Exception {
        for (String page : new String[] {"", "index.xhtml", "admin/people.xhtml"}) {
            HttpResponse<String> response = get(page);
            assertEquals(302, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), page);
        }
        assertEquals(200, get("login.xhtml").statusCode());
    }

    @Test
    void readinessReportsDatabaseAndEngine() throws Exception {
        HttpResponse<String> response = get("health/ready");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"database\""), response.body());
        assertTrue(response.body().contains("\"workflow-engine\""), response.body());
        assertTrue(response.body().startsWith("{\"status\":\"UP\""), response.body());
    }

    @Test
    void wrongPasswordShowsAnErrorAndDoesNotSignIn() {
        browser.get(base + "index.xhtml");
        signIn("hu.yan", "not-the-password");

        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), browser.getCurrentUrl());
        assertTrue(text("signin").contains("Wrong login or password"), text("signin"));
        Browser.screenshot(browser, "login-wrong-password");

        browser.get(base + "index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), "still not signed in");
    }

    @Test
    void signInSwitchLanguageAndSignOut() {
        browser.get(base.toString());
        assertTrue(browser.getCurrentUrl().endsWith("/login.xhtml"), browser.getCurrentUrl());
        Browser.screenshot(browser, "login");
        signIn("ma.lin", DemoOrganisation.PASSWORD);

        waitFor("greeting");
        assertTrue(text("greeting").contains("马琳"), text("greeting"));
        assertTrue(text("my-tasks").contains("My open tasks"), text("my-tasks"));
        assertEquals("Sign out", browser.findElement(By.id("topbar:sign-out")).getText());
        Browser.screenshot(browser, "home-en");

        browser.findElement(By.id("topbar:lang-zh")).click();
        waitForText("topbar:sign-out", "退出登录");
        assertTrue(text("my-tasks").contains("我的待办任务"), text("my-tasks"));
        Browser.screenshot(browser, "home-zh");

        browser.findElement(By.id("topbar:sign-out")).click();
        waitFor("signin:login");
        assertTrue(text("notices").contains("您已退出登录"), "the login page keeps the chosen language");

        browser.get(base + "index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), "signed out for real");

        // The choice is stored with the person: a fresh browser in English gets Chinese after sign-in.
        browser.manage().deleteAllCookies();
        browser.get(base + "index.xhtml");
        signIn("ma.lin", DemoOrganisation.PASSWORD);
        waitForText("topbar:sign-out", "退出登录");
        browser.findElement(By.id("topbar:lang-en")).click();
        waitForText("topbar:sign-out", "Sign out");
    }

    @Test
    void administrationNeedsTheAdminRole() {
        browser.get(base + "admin/people.xhtml");
        signIn("tang.min", DemoOrganisation.PASSWORD);
        waitFor("error-403");
        assertTrue(browser.findElements(By.id("menu:m-people")).isEmpty(), "no admin menu for staff");
        Browser.screenshot(browser, "forbidden");

        browser.findElement(By.id("topbar:sign-out")).click();
        waitFor("signin:login");
        browser.get(base + "admin/people.xhtml");
        signIn("admin", DemoOrganisation.PASSWORD);
        waitFor("people");
        assertTrue(text("people").contains("zhou.jianguo"), "the directory lists the demo people");
        assertTrue(text("people").contains("Sales director"), text("people"));
        Browser.screenshot(browser, "admin-people");
    }

    @Test
    void unknownPagesShowTheNotFoundPageInTheLayout() {
        browser.get(base + "index.xhtml");
        signIn("luo.jie", DemoOrganisation.PASSWORD);
        waitFor("greeting");
        browser.get(base + "no-such-page.xhtml");
        waitFor("error-404");
        assertTrue(text("error-404").contains("Page not found"), text("error-404"));
    }

    private void signIn(String login, String password) {
        waitFor("signin:login");
        browser.findElement(By.id("signin:login")).clear();
        browser.findElement(By.id("signin:login")).sendKeys(login);
        browser.findElement(By.id("signin:password")).sendKeys(password);
        browser.findElement(By.id("signin:submit")).click();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void waitFor(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    private void waitForText(String id, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
