package accord.casefile.control;

import java.time.Instant;

/**
 * How a workflow's business record (a complaint, a handoff, a review, a nomination, a proposal) ends
 * when operations cancels its case: each workflow with a record implements it (found through CDI),
 * and it runs in the transaction that deletes the case, so the record and the case end together or
 * not at all. A workflow without one (a test process) has no record to end.
 */
public interface CaseEnding {

    /** The process key of the cases this ends. */
    String processKey();

    /** Ends the case's record as cancelled, in the caller's transaction; nothing if it has none or it has ended. */
    void cancelled(String processInstanceId, String reason, Instant at);
}
