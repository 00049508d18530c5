package accord.platform;

import accord.workflow.control.ProcessBean;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.db.DbSqlSession;
import org.flowable.engine.delegate.DelegateExecution;

/**
 * The step of it/job-in-transaction.bpmn20.xml: on a job thread, whether the container's
 * transaction is active and the engine's connection takes part in it (does not commit each
 * statement on its own), written down per case.
 */
@ApplicationScoped
public class JobTransactionFixture implements ProcessBean {

    @Resource(lookup = "java:appserver/TransactionManager")
    TransactionManager transactions;

    private final Map<String, String> seen = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "jobTransactionFixture";
    }

    public void look(DelegateExecution execution) throws SystemException, SQLException {
        seen.put(execution.getProcessInstanceBusinessKey(), seenNow());
    }

    /** The same look from an engine command that no caller's transaction surrounds. */
    public String lookOutsideAnyTransaction(org.flowable.engine.ManagementService management) {
        return management.executeCommand(context -> {
            try {
                return seenNow();
            } catch (SystemException | SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private String seenNow() throws SystemException, SQLException {
        Connection engine = Context.getCommandContext().getSession(DbSqlSession.class).getSqlSession().getConnection();
        return "transaction " + (transactions.getStatus() == Status.STATUS_ACTIVE ? "active" : "status " + transactions.getStatus())
                + ", engine connection auto-commit " + engine.getAutoCommit();
    }

    /** What the step saw in this case, or null before it ran. */
    public String seenIn(String number) {
        return seen.get(number);
    }
}
