package accord.handoff.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.handoff.control.HandoffProcess;
import accord.handoff.control.Workload;
import accord.handoff.entity.Handoff;
import accord.inbox.boundary.StepForm;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.flowable.task.api.Task;
import org.omnifaces.util.Messages;

/**
 * The handoff's own form on the task page, one part per step: decide (approve and assign, reject,
 * ask), answer, consider a later date, deliver or hand back, re-assign, accept against the
 * criteria and rate. Problems are said beside their fields; what was typed stays.
 */
@Named
@ViewScoped
public class HandoffTaskForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    HandoffSteps steps;

    @Inject
    Directory directory;

    @Inject
    Workload workload;

    @Inject
    WorkingCalendar calendar;

    private HandoffFacts facts;
    private boolean reminded;
    private boolean warned;
    private List<Workload.Member> members = List.of();

    private String text;
    private final DecisionInput decisionInput = new DecisionInput();
    private final AcceptanceInput acceptanceInput = new AcceptanceInput();
    private String answer;
    private Boolean acceptDate;
    private String deliverable;
    private boolean handBack;

    public HandoffTaskForm() {
        super(HandoffProcess.KEY, "handoff-form");
    }

    @Override
    protected boolean read(Task task) {
        return steps.of(task).map(handoff -> {
            facts = HandoffFacts.of(handoff, directory, me.getLocale(), calendar.zone());
            reminded = steps.flagged(task, "approvalReminded");
            warned = steps.flagged(task, "deliveryWarned");
            decisionInput.setPromisedBy(handoff.getPromisedBy() == null ? handoff.getNeededBy() : handoff.getPromisedBy());
            deliverable = handoff.getDeliverable();
            if (List.of("approve", "approveEscalated", "reassign").contains(getStep())) {
                members = workload.of(handoff.getTargetDepartment(), LocalDate.now(calendar.zone()));
                decisionInput.setAssignee(defaultAssignee(handoff));
            }
            return true;
        }).orElse(false);
    }

    /** Re-assigning keeps the current assignee preselected only after a send-back; otherwise the least loaded. */
    private String defaultAssignee(Handoff handoff) {
        if ("reassign".equals(getStep()) && handoff.getSendBackCount() >= HandoffSteps.ESCALATE_AT_SEND_BACK) {
            return handoff.getAssignee();
        }
        return members.stream().map(Workload.Member::login).filter(login -> !login.equals(handoff.getAssignee()))
                .findFirst().orElse(null);
    }

    public String decide() {
        return step(() -> steps.decide(me.actor(), taskId(), decisionInput.approval(text)));
    }

    public String answer() {
        return step(() -> steps.answer(me.actor(), taskId(), answer));
    }

    public String considerDate() {
        if (acceptDate == null) {
            Messages.addError("handoff-form:acceptDate", Text.of("handoff.refused.acceptDate"));
            return null;
        }
        return step(() -> steps.considerDate(me.actor(), taskId(), acceptDate, text));
    }

    public String deliver() {
        return handBack ? step(() -> steps.handBack(me.actor(), taskId(), text))
                : step(() -> steps.deliver(me.actor(), taskId(), deliverable));
    }

    public String reassign() {
        return step(() -> steps.reassign(me.actor(), taskId(), decisionInput.getAssignee(), text));
    }

    public String accept() {
        return step(() -> steps.accept(me.actor(), taskId(), acceptanceInput.acceptance(text)));
    }

    private String step(Runnable action) {
        return attempt(action, "handoff.step.done", facts.number());
    }

    public HandoffSteps.Decision[] getDecisions() {
        return HandoffSteps.Decision.values();
    }

    public HandoffFacts getFacts() {
        return facts;
    }

    public boolean isReminded() {
        return reminded;
    }

    public boolean isWarned() {
        return warned;
    }

    public List<Workload.Member> getMembers() {
        return members;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Boolean getAcceptDate() {
        return acceptDate;
    }

    public void setAcceptDate(Boolean acceptDate) {
        this.acceptDate = acceptDate;
    }

    public String getDeliverable() {
        return deliverable;
    }

    public void setDeliverable(String deliverable) {
        this.deliverable = deliverable;
    }

    public boolean isHandBack() {
        return handBack;
    }

    public void setHandBack(boolean handBack) {
        this.handBack = handBack;
    }

    public DecisionInput getDecisionInput() {
        return decisionInput;
    }

    public AcceptanceInput getAcceptanceInput() {
        return acceptanceInput;
    }
}
