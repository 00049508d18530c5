package accord.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * A browser test of a workflow on the packaged portal with its demo company: headless Chromium
 * in English, on loopback, and the pages' helpers; {@link TimerMover} moves a workflow's timers.
 * Each subclass boots its own Payara Micro.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.portal().addClass(TimerMover.class);
    }

    @ArquillianResource
    URL deployedAt;

    /** The portal on loopback: Payara Micro reports the machine's network address instead. */
    protected URL base;
    protected WebDriver browser;
    protected Pages pages;

    @BeforeEach
    void openBrowser() throws Exception {
        base = new URL("http", "127.0.0.1", deployedAt.getPort(), deployedAt.getPath());
        browser = Browser.open("en-US");
        pages = new Pages(browser, base);
    }

    @AfterEach
    void closeBrowser() {
        Browser.close(browser);
    }
}
