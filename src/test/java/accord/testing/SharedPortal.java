package accord.testing;

import java.net.URL;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running portal for every browser test class of a test run: the packaged WAR with the
 * browser tests' helpers, started at the first browser test and stopped when the run ends. It has
 * a database of its own ({@code <accord.data>-browser}, demo data loaded at its first start), so it
 * runs beside the in-container tests' servers without sharing their H2 file or their job
 * executors. Booting it once instead of once per class saves ~20 s per class.
 */
public class SharedPortal implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPortal.class);
    private static volatile URL base;

    /** The portal on loopback, with a trailing slash. */
    public static URL base() {
        if (base == null) {
            throw new IllegalStateException("Extend the test with SharedPortal");
        }
        return base;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, type -> start(), Running.class);
    }

    private static Running start() {
        // Every browser test signs in from this one machine, wrong passwords included: a desk that
        // many people share, as behind a balancer that hides their addresses (docs/operations.md).
        PortalProcess portal = PortalProcess.start("browser-tests", deployment(),
                option -> option.startsWith("-Daccord.data=") ? option + "-browser" : option,
                "-Daccord.signin.free-failures-per-address=1000",
                // A timer moved to now, or a failed step's retry, runs within half a second instead of five.
                "-Daccord.engine.poll-millis=500");
        base = portal.base();
        return new Running(portal);
    }

    /** The browser tests' additions: a page that fails, the case starters, the timer mover and the session check. */
    private static WebArchive deployment() {
        return Deployments.portal().addAsWebResource(new StringAsset("""
                <ui:composition template="/WEB-INF/templates/layout.xhtml" xmlns="http://www.w3.org/1999/xhtml"
                        xmlns:h="jakarta.faces.html" xmlns:ui="jakarta.faces.facelets">
                    <ui:define name="content"><h:outputText value="#{1 / 'not a number'}"/></ui:define>
                </ui:composition>"""), "it-failing-page.xhtml")
                .addClasses(CaseStarter.class, CaseTasks.class, TimerMover.class, SessionSerializability.class,
                        SessionProblems.class, FailingCases.class, accord.operations.FailingStepFixture.class)
                .addAsResource("it/inbox-case.bpmn20.xml", "workflows/it-inbox-case.bpmn20.xml")
                .addAsResource("it/failing-step.bpmn20.xml", "workflows/it-failing-step.bpmn20.xml");
    }

    /** Stops the portal with the test run. */
    private record Running(PortalProcess portal) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            portal.close();
        }
    }
}
