package accord.complaint.boundary;

import accord.complaint.control.ComplaintProcess;
import accord.complaint.entity.Category;
import accord.complaint.entity.RootCause;
import accord.complaint.entity.Severity;
import accord.inbox.boundary.StepForm;
import accord.organisation.boundary.DepartmentChoice;
import accord.organisation.control.Directory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.flowable.task.api.Task;

/**
 * The complaint's own form on the task page, one part per step (triage, resolve, answer the
 * department, call back). Problems are said beside their fields; what was typed stays.
 */
@Named
@ViewScoped
public class ComplaintTaskForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintSteps steps;

    @Inject
    Directory directory;

    private boolean warned;
    private ComplaintFacts facts;

    private final TriageInput triageInput = new TriageInput();
    private final ResolutionInput resolveInput = new ResolutionInput();
    private final CallBackInput callBackInput = new CallBackInput();
    private String answer;

    private String withdrawReason;

    public ComplaintTaskForm() {
        super(ComplaintProcess.KEY, "complaint-form");
    }

    /** 80 % of the resolution time is used and the complaint is still with the department. */
    public boolean isWarned() {
        return warned;
    }

    public boolean isMayWithdraw() {
        return ComplaintIntake.mayRegister(me.actor());
    }

    public String withdraw() {
        return attempt("complaint-withdraw", () -> steps.withdraw(me.actor(), facts.id(), withdrawReason), "complaint.withdrawn",
                facts.number());
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    @Override
    protected boolean read(Task task) {
        return steps.of(task).map(complaint -> {
            warned = steps.slaWarned(task, complaint);
            facts = ComplaintFacts.of(complaint, me.getLocale(), Instant.now());
            triageInput.fill(complaint);
            resolveInput.fill(complaint);
            return true;
        }).orElse(false);
    }

    public String triage() {
        return step(() -> steps.triage(me.actor(), taskId(), triageInput.triage()));
    }

    public String resolve() {
        return step(() -> steps.resolve(me.actor(), taskId(), resolveInput.resolution()));
    }

    public String answer() {
        return step(() -> steps.answer(me.actor(), taskId(), answer));
    }

    public String callBack() {
        return step(() -> steps.callBack(me.actor(), taskId(), callBackInput.callBack()));
    }

    private String step(Runnable action) {
        return attempt(action, "complaint.step.done", facts.number());
    }

    public List<DepartmentChoice> getDepartments() {
        return DepartmentChoice.all(directory, me.getLocale());
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public RootCause[] getRootCauses() {
        return RootCause.values();
    }

    public ComplaintSteps.Outcome[] getOutcomes() {
        return ComplaintSteps.Outcome.values();
    }

    public ComplaintFacts getFacts() {
        return facts;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public TriageInput getTriageInput() {
        return triageInput;
    }

    public ResolutionInput getResolveInput() {
        return resolveInput;
    }

    public CallBackInput getCallBackInput() {
        return callBackInput;
    }
}
