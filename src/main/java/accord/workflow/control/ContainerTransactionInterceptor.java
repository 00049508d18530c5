package accord.workflow.control;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.function.Function;
import java.util.function.Supplier;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.cfg.TransactionPropagation;
import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;
import org.flowable.common.engine.impl.interceptor.CommandInterceptor;
import org.flowable.common.engine.impl.interceptor.JtaTransactionInterceptor;

/**
 * The engine's transaction handling, in place of Flowable's JtaTransactionInterceptor and with its
 * rules (join the caller's transaction; a new one when there is none or the command asks for one;
 * none when it asks for none; a failure dooms the caller's transaction), except that a command
 * with no transaction around it (every job) runs in one the container begins ({@code inNew}, the
 * EngineTransactions bean), so that the engine's connection takes part in it: see
 * EngineTransactions. A command that asks for a new transaction inside a caller's (the engine's
 * next block of ids) keeps Flowable's way: a container-begun one in between made the caller's later
 * statements take another connection than its earlier ones, which then waited on their own row
 * lock (the first claim on a node, found by the cluster test).
 */
public class ContainerTransactionInterceptor extends AbstractCommandInterceptor {

    private final TransactionManager transactions;
    private final Function<Supplier<Object>, Object> inNew;
    private final JtaTransactionInterceptor flowables;

    public ContainerTransactionInterceptor(TransactionManager transactions, Function<Supplier<Object>, Object> inNew) {
        this.transactions = transactions;
        this.inNew = inNew;
        this.flowables = new JtaTransactionInterceptor(transactions);
    }

    @Override
    public void setNext(CommandInterceptor next) {
        super.setNext(next);
        flowables.setNext(next);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
        TransactionPropagation propagation = config.getTransactionPropagation();
        if (propagation == TransactionPropagation.NOT_SUPPORTED) {
            return next.execute(config, command, commandExecutor);
        }
        boolean inTransaction = inTransaction();
        if (!inTransaction) {
            return (T) inNew.apply(() -> next.execute(config, command, commandExecutor));
        }
        if (propagation == TransactionPropagation.REQUIRES_NEW) {
            return flowables.execute(config, command, commandExecutor);
        }
        try {
            return next.execute(config, command, commandExecutor);
        } catch (RuntimeException | Error failure) {
            markRollbackOnly();
            throw failure;
        }
    }

    private boolean inTransaction() {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new FlowableException("The transaction's status could not be read", e);
        }
    }

    private void markRollbackOnly() {
        try {
            transactions.setRollbackOnly();
        } catch (SystemException | IllegalStateException e) {
            // the caller's transaction is over already: nothing left to doom
        }
    }
}
