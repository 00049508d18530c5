package accord.testing.shared;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;

/**
 * Arquillian deploys a test class's archive before it and undeploys it after it; for Payara Micro
 * that is a boot (~20 s) per class. For classes marked {@link SharedDeployment} this observer lets
 * the first one deploy as usual and hands its deployment (the same deployed archive, its protocol
 * data) to every later one; nothing is undeployed in between. The Payara Micro container stops its
 * process with the test JVM (its shutdown hook).
 */
public class SharedDeploymentObserver {

    // One deployment per test JVM (failsafe runs every IT class in one JVM).
    private static volatile DeploymentScenario shared;

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> scenario;

    @Inject
    private org.jboss.arquillian.core.api.Instance<ClassContext> classContext;

    public void generate(@Observes EventContext<GenerateDeployment> context) {
        if (!isShared(context.getEvent().getTestClass())) {
            context.proceed();
            return;
        }
        if (shared == null) {
            context.proceed();
            shared = scenario.get();
        } else {
            scenario.set(shared);
        }
    }

    public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
        if (isSharedClass() && shared != null && shared.deployments().stream().allMatch(d -> d.isDeployed())) {
            return;
        }
        context.proceed();
    }

    public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
        if (isSharedClass()) {
            return;
        }
        context.proceed();
    }

    private boolean isSharedClass() {
        Class<?> active = classContext.get().getActiveId();
        return active != null && active.isAnnotationPresent(SharedDeployment.class);
    }

    private static boolean isShared(TestClass testClass) {
        return testClass.isAnnotationPresent(SharedDeployment.class);
    }
}
