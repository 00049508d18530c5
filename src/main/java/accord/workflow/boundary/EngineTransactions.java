package accord.workflow.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.Supplier;

/**
 * A transaction the container begins and ends, for an engine command that no caller's transaction
 * surrounds (every job, and a command called from outside a transactional boundary). Payara takes
 * a connection into a transaction only when the container began it: under one begun through the
 * TransactionManager, as Flowable's own JtaTransactionInterceptor does, the engine's connection
 * committed each statement by itself, so a node killed while a timer's step was being written
 * left half of it and another node ran the step again (found by the cluster test).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EngineTransactions {

    @Resource
    SessionContext context;

    /**
     * Runs the work in a new transaction: committed when it returns; rolled back when it throws,
     * and what it threw handed back as it was (the engine tells a lost race by its exception's type,
     * which the container would wrap).
     */
    public <T> Outcome<T> inNew(Supplier<T> work) {
        try {
            return new Outcome<>(work.get(), null);
        } catch (RuntimeException | Error failure) {
            context.setRollbackOnly();
            return new Outcome<>(null, failure);
        }
    }

    /** What a command returned, or what it threw. */
    public record Outcome<T>(T value, Throwable failure) {

        public T valueOrThrow() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return value;
        }
    }
}
