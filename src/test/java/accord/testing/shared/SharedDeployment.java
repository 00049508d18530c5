package accord.testing.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An in-container test class that runs in the one deployment all such classes share
 * ({@link accord.testing.Deployments#inContainer()}): the first of them deploys it (one Payara
 * Micro boot per test run instead of one per class), the others reuse it, and it stops when the
 * run ends. {@link SharedDeploymentObserver} does it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SharedDeployment {
}
