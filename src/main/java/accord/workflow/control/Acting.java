package accord.workflow.control;

import java.util.function.Supplier;
import org.flowable.common.engine.impl.identity.Authentication;

/**
 * Runs engine calls on behalf of a person, so that the engine records them as the starter of a
 * case or the author of a comment. Flowable keeps this per thread; it is restored afterwards.
 */
public final class Acting {

    private Acting() {
    }

    public static <T> T as(String login, Supplier<T> work) {
        String before = Authentication.getAuthenticatedUserId();
        Authentication.setAuthenticatedUserId(login);
        try {
            return work.get();
        } finally {
            Authentication.setAuthenticatedUserId(before);
        }
    }

    public static void as(String login, Runnable work) {
        as(login, () -> {
            work.run();
            return null;
        });
    }
}
