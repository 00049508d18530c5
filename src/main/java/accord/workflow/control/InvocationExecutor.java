package accord.workflow.control;

import java.util.concurrent.Executor;
import org.flowable.common.engine.impl.async.DefaultAsyncTaskExecutor;

/**
 * Runs every job through the given invocation (the engine's {@code JobInvocation}). The managed
 * threads alone were not enough: an injected EntityManager used for the first time on a job thread
 * failed with "Unable to retrieve EntityManagerFactory for unitName null" (found with the
 * promotion's effective-day timer), because nothing on that thread named the module whose
 * persistence unit it is. One context captured once for all threads was not right either: see
 * {@code JobInvocation}.
 */
public final class InvocationExecutor extends DefaultAsyncTaskExecutor {

    private final Executor invocation;

    public InvocationExecutor(Executor invocation) {
        this.invocation = invocation;
    }

    @Override
    public void execute(Runnable task) {
        super.execute(() -> invocation.execute(task));
    }

    @Override
    public java.util.concurrent.CompletableFuture<?> submit(Runnable task) {
        return super.submit(() -> invocation.execute(task));
    }

    @Override
    public <T> java.util.concurrent.CompletableFuture<T> submit(java.util.concurrent.Callable<T> task) {
        return super.submit(() -> {
            Object[] result = new Object[1];
            Exception[] failure = new Exception[1];
            invocation.execute(() -> {
                try {
                    result[0] = task.call();
                } catch (Exception e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            @SuppressWarnings("unchecked")
            T value = (T) result[0];
            return value;
        });
    }
}
