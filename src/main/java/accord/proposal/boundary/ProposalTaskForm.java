package accord.proposal.boundary;

import accord.inbox.boundary.StepForm;
import accord.organisation.control.Directory;
import accord.proposal.control.ProposalInput;
import accord.proposal.control.ProposalProcess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.task.api.Task;

/**
 * The proposal's form on the task page: what was proposed, then the sales manager's decision with
 * its note, or the proposer's revision of the proposal (sent again or withdrawn).
 */
@Named
@ViewScoped
public class ProposalTaskForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    ProposalSteps steps;

    @Inject
    Directory directory;

    private ProposalView view;
    private ProposalSteps.Decision decision;
    private String note;
    private ProposalFields fields = new ProposalFields();

    public ProposalTaskForm() {
        super(ProposalProcess.KEY, "proposal-form");
    }

    @Override
    protected boolean read(Task task) {
        return steps.of(task).map(p -> {
            view = ProposalView.of(p, directory, me);
            fields = ProposalFields.of(ProposalInput.of(p.proposed()));
            return true;
        }).orElse(false);
    }

    public String decide() {
        return attempt(() -> steps.decide(me.actor(), taskId(), decision, note), "proposal.step.done", view.number());
    }

    public String sendAgain() {
        return attempt(() -> steps.revise(me.actor(), taskId(), fields.input(), true), "proposal.step.done", view.number());
    }

    public String withdraw() {
        return attempt(() -> steps.revise(me.actor(), taskId(), fields.input(), false), "proposal.step.done", view.number());
    }

    public ProposalSteps.Decision[] getDecisions() { return ProposalSteps.Decision.values(); }
    public ProposalView getView() { return view; }
    public ProposalFields getFields() { return fields; }
    public ProposalSteps.Decision getDecision() { return decision; }
    public void setDecision(ProposalSteps.Decision decision) { this.decision = decision; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
