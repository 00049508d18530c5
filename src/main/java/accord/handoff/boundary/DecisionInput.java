package accord.handoff.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The head's decision as typed (also a re-assignment's assignee): approve with an assignee and a
 * promised date, reject, ask, or propose a later date.
 */
public class DecisionInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private HandoffSteps.Decision decision = HandoffSteps.Decision.APPROVE;
    private String assignee;
    private LocalDate promisedBy;

    HandoffSteps.Approval approval(String text) {
        return new HandoffSteps.Approval(decision, assignee, promisedBy, text);
    }

    public HandoffSteps.Decision getDecision() {
        return decision;
    }

    public void setDecision(HandoffSteps.Decision decision) {
        this.decision = decision;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public LocalDate getPromisedBy() {
        return promisedBy;
    }

    public void setPromisedBy(LocalDate promisedBy) {
        this.promisedBy = promisedBy;
    }
}
