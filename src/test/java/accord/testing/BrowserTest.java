package accord.testing;

import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * A browser test on the packaged portal with its demo company: headless Chromium in English, on
 * loopback, and the pages' helpers; {@link TimerMover} moves a workflow's timers, {@link CaseStarter}
 * starts a case. Every browser test class of a run uses the one {@link SharedPortal}.
 */
@ExtendWith(SharedPortal.class)
public abstract class BrowserTest {

    /** The portal on loopback. */
    protected URL base;
    protected WebDriver browser;
    protected Pages pages;

    @BeforeEach
    void openBrowser() throws Exception {
        base = SharedPortal.base();
        browser = Browser.open("en-US");
        pages = new Pages(browser, base);
    }

    @AfterEach
    void closeBrowser() {
        Browser.close(browser, base);
    }
}
