package accord.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments start from the WAR the build just packaged, so the tests run the portal as
 * it ships; in-container tests add their own classes and test workflows to it.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        File war = new File(System.getProperty("accord.war", "target/accord.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the tests with 'mvn verify'");
        }
        return ShrinkWrap.create(ZipImporter.class, "accord.war").importFrom(war).as(WebArchive.class);
    }

    /** The packages of the in-container test classes (each an exact package: the portal's code is in their sub-packages). */
    private static final String[] TEST_PACKAGES = {"accord.platform", "accord.organisation", "accord.complaint", "accord.deputy",
        "accord.handoff", "accord.inbox", "accord.keyaccount", "accord.promotion", "accord.ldap", "accord.customer", "accord.proposal", "accord.mail",
        "accord.intake", "accord.api", "accord.audit", "accord.operations", "accord.rules", "accord.analytics", "accord.target", "accord.visit", "accord.measure"};

    /**
     * The test directory (TestDirectoryServer) as the shared deployment's company directory, no
     * scheduled sync; the test mail server (TestMailServer) as its SMTP server, sent by hand; the
     * sign-in throttle's address limit out of the way (the cluster test holds it).
     */
    private static final String LDAP_SETTINGS = """

            accord.ldap.url=ldap://127.0.0.1:%d
            accord.ldap.bind-dn=cn=portal,ou=services,%s
            accord.ldap.bind-password=portal-service-secret
            accord.ldap.user-base=ou=people,%s
            accord.ldap.group-base=ou=groups,%s
            accord.ldap.group-roles=hr-team:HR,sales-managers:SALES_MANAGER
            accord.ldap.sync-minutes=0
            accord.mail.host=127.0.0.1
            accord.mail.port=%d
            accord.mail.from=accord@accord.test
            accord.mail.base-url=https://accord.test/
            accord.mail.sending=false
            accord.intake.host=127.0.0.1
            accord.intake.port=%d
            accord.intake.user=%s
            accord.intake.password=%s
            accord.intake.polling=false
            # Every test signs in from the test runner's one address, wrong passwords included.
            accord.signin.free-failures-per-address=1000
            # A timer moved to now fires within half a second, not five (tests move timers, never wait for them).
            accord.engine.poll-millis=500
            """.formatted(TestDirectoryServer.PORT, TestDirectoryServer.BASE, TestDirectoryServer.BASE, TestDirectoryServer.BASE,
            TestMailServer.SMTP_PORT, TestMailServer.IMAP_PORT, TestMailServer.MAILBOX, TestMailServer.MAILBOX_PASSWORD);
    private static final String CONFIG = "/WEB-INF/classes/META-INF/microprofile-config.properties";

    /**
     * The one deployment every in-container test class shares ({@code @SharedDeployment}): the
     * portal, Arquillian's test runner opened past the sign-in, every in-container test class with
     * its fixtures and look-ups, and the test workflows. Browser tests and benchmarks stay out.
     */
    public static WebArchive inContainer() {
        WebArchive archive = runnable();
        String config = read(archive, CONFIG);
        archive.delete(CONFIG);
        return archive.add(new StringAsset(config + LDAP_SETTINGS), CONFIG)
                .addClasses(Eventually.class, TestDirectoryServer.class, TestMailServer.class)
                .addAsLibrary(jarOf(com.unboundid.ldap.listener.InMemoryDirectoryServer.class))
                .addAsLibrary(jarOf(com.icegreen.greenmail.util.GreenMail.class))
                .addAsLibrary(jarOf(org.slf4j.Logger.class))
                .addAsResource("it/directory.ldif", "it/directory.ldif")
                .addPackages(false, Filters.include(".*/(?![A-Za-z]*Portal)[A-Za-z]+(IT|Fixture|Lookup)(\\$.*)?\\.class"
                        + "|.*/RegistrationTest(\\$.*)?\\.class"), TEST_PACKAGES)
                .addAsResource("it/inbox-case.bpmn20.xml", "workflows/it-inbox-case.bpmn20.xml")
                .addAsResource("it/short-timer.bpmn20.xml", "workflows/it-short-timer.bpmn20.xml")
                .addAsResource("it/offered-task.bpmn20.xml", "workflows/it-offered-task.bpmn20.xml")
                .addAsResource("it/failing-step.bpmn20.xml", "workflows/it-failing-step.bpmn20.xml")
                .addAsResource("it/job-in-transaction.bpmn20.xml", "workflows/it-job-in-transaction.bpmn20.xml")
                .addAsResource("it/tier-decision.dmn", "workflows/it-tier-decision.dmn");
    }

    /**
     * The portal plus Arquillian's in-container test runner, which the portal's "sign in for
     * everything" constraint would otherwise send to the login page.
     */
    private static WebArchive runnable() {
        WebArchive archive = portal();
        String webXml = read(archive, "/WEB-INF/web.xml");
        String opened = webXml.replace("<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        if (opened.equals(webXml)) {
            throw new IllegalStateException("web.xml no longer has the public login.xhtml pattern");
        }
        archive.delete("/WEB-INF/web.xml");
        return archive.setWebXML(new StringAsset(opened));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(WebArchive archive, String path) {
        try (InputStream in = archive.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
