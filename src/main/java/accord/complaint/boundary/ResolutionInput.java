package accord.complaint.boundary;

import accord.complaint.entity.Complaint;
import accord.complaint.entity.RootCause;
import java.io.Serializable;

/** The department's answer as typed: resolved (root cause, actions, the resolution), a question, or a transfer. */
public class ResolutionInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private ComplaintSteps.Outcome outcome = ComplaintSteps.Outcome.RESOLVED;
    private RootCause rootCause;
    private String rootCauseText;
    private String correctiveAction;
    private String preventiveAction;
    private String resolution;
    private String question;
    private String transferTo;
    private String reason;

    void fill(Complaint complaint) {
        resolution = complaint.getResolution();
    }

    ComplaintSteps.Resolution resolution() {
        return new ComplaintSteps.Resolution(outcome, rootCause, rootCauseText, correctiveAction, preventiveAction, resolution,
                question, transferTo, reason);
    }

    public ComplaintSteps.Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ComplaintSteps.Outcome outcome) {
        this.outcome = outcome;
    }

    public RootCause getRootCause() {
        return rootCause;
    }

    public void setRootCause(RootCause rootCause) {
        this.rootCause = rootCause;
    }

    public String getRootCauseText() {
        return rootCauseText;
    }

    public void setRootCauseText(String rootCauseText) {
        this.rootCauseText = rootCauseText;
    }

    public String getCorrectiveAction() {
        return correctiveAction;
    }

    public void setCorrectiveAction(String correctiveAction) {
        this.correctiveAction = correctiveAction;
    }

    public String getPreventiveAction() {
        return preventiveAction;
    }

    public void setPreventiveAction(String preventiveAction) {
        this.preventiveAction = preventiveAction;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getTransferTo() {
        return transferTo;
    }

    public void setTransferTo(String transferTo) {
        this.transferTo = transferTo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
