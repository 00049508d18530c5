package accord.operations.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * A job of the engine as the operations pages show it: which case (its number, null for a job of no
 * case such as the at-risk check), which workflow and step, its state, when it is due, and for a
 * failed one the error and the tries left.
 */
public record JobRow(String id, State state, String caseId, String caseNumber, String workflow, String step, String handlerType,
        Instant due, Instant since, int retriesLeft, String error) implements Serializable {

    /** Where the job stands: waiting for its time, due to run, failing with tries left, or dead (no tries left). */
    public enum State {
        TIMER, DUE, RETRYING, DEAD, SUSPENDED
    }

    public boolean failed() {
        return state == State.DEAD || state == State.RETRYING;
    }
}
