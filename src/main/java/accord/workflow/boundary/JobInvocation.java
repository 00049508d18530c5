package accord.workflow.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Where each engine job runs: in an invocation of its own. Payara keeps the connections a
 * component opens in its instance's list and, at each commit, lets go of every connection in that
 * list. Job threads that all ran in the engine singleton's context shared one list, so one
 * thread's commit put another thread's connection back in the pool, which then handed it out
 * twice (found by the cluster test: "state.isBusy already set to false" in the log, a connection
 * left idle in a transaction, health checks hanging on it). A stateless bean's instance serves
 * one thread at a time, and its invocation names the module, so JPA works on job threads.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobInvocation {

    /** Runs the job; it begins and ends its own transactions through the engine. */
    public void run(Runnable job) {
        job.run();
    }
}
