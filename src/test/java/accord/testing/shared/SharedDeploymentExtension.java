package accord.testing.shared;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link SharedDeploymentObserver} with Arquillian (META-INF/services). */
public class SharedDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedDeploymentObserver.class);
    }
}
