package accord.complaint.boundary;

import accord.complaint.control.ComplaintRefused;
import accord.complaint.entity.Category;
import accord.complaint.entity.RootCause;
import accord.complaint.entity.Severity;
import accord.inbox.boundary.TaskFailures;
import accord.inbox.control.TaskRefused;
import accord.organisation.boundary.DepartmentChoice;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The complaint's own form on the task page, one part per step (triage, resolve, answer the
 * department, call back). Problems are said beside their fields; what was typed stays.
 */
@Named
@ViewScoped
public class ComplaintTaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    ComplaintSteps steps;

    @Inject
    TaskFailures failures;

    @Inject
    TaskService tasks;

    @Inject
    Directory directory;

    @Inject
    org.flowable.engine.RuntimeService runtime;

    /** 80 % of the resolution time is used and the complaint is still with the department. */
    public boolean isWarned() {
        return warned;
    }

    private boolean loaded;
    private boolean warned;
    private String taskId;
    private String step;
    private ComplaintFacts facts;

    private Category category;
    private Severity severity;
    private String department;
    private boolean firstContact;
    private String resolution;
    private ComplaintSteps.Outcome outcome = ComplaintSteps.Outcome.RESOLVED;
    private RootCause rootCause;
    private String rootCauseText;
    private String correctiveAction;
    private String preventiveAction;
    private String question;
    private String transferTo;
    private String reason;
    private String answer;
    private Boolean accepted;
    private Integer satisfaction;
    private String customerWords;

    private String withdrawReason;

    public boolean isMayWithdraw() {
        return ComplaintIntake.mayRegister(me.actor());
    }

    public String withdraw() {
        try {
            if (failures.attempt(() -> steps.withdraw(me.actor(), facts.id(), withdrawReason), "complaint.withdrawn", facts.number())) {
                Faces.getFlash().setKeepMessages(true);
                return "/inbox/index?faces-redirect=true&list=mine";
            }
        } catch (ComplaintRefused refused) {
            String field = refused.field() == null ? null : "complaint-withdraw:" + refused.field();
            Messages.addError(field, Text.of(refused.messageKey(), refused.arguments()));
        }
        return null;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    private void load() {
        loaded = true;
        taskId = Faces.getRequestParameter("id");
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return;
        }
        steps.of(task).ifPresent(complaint -> {
            step = task.getTaskDefinitionKey();
            // Set by the process at 80 % of the resolution time (the warning timer).
            warned = Boolean.TRUE.equals(runtime.getVariable(task.getProcessInstanceId(), "slaWarned"))
                    && complaint.getStatus() == accord.complaint.entity.ComplaintStatus.RESOLVING;
            facts = ComplaintFacts.of(complaint, me.getLocale(), Instant.now());
            category = complaint.getCategory();
            severity = complaint.getSeverity();
            resolution = complaint.getResolution();
        });
    }

    /** Does this task have the complaint form (and not the generic one)? */
    public boolean isApplies() {
        if (!loaded) {
            load();
        }
        return facts != null;
    }

    public String triage() {
        return attempt(() -> steps.triage(me.actor(), taskId, new ComplaintSteps.Triage(category, severity, department,
                firstContact, resolution, null)));
    }

    public String resolve() {
        return attempt(() -> steps.resolve(me.actor(), taskId, new ComplaintSteps.Resolution(outcome, rootCause,
                rootCauseText, correctiveAction, preventiveAction, resolution, question, transferTo, reason)));
    }

    public String answer() {
        return attempt(() -> steps.answer(me.actor(), taskId, answer));
    }

    public String callBack() {
        return attempt(() -> steps.callBack(me.actor(), taskId, new ComplaintSteps.CallBack(accepted, satisfaction,
                customerWords)));
    }

    private String attempt(Runnable step) {
        try {
            if (failures.attempt(step, "complaint.step.done", facts.number())) {
                Faces.getFlash().setKeepMessages(true);
                return "/inbox/index?faces-redirect=true&list=mine";
            }
        } catch (ComplaintRefused refused) {
            String field = refused.field() == null ? null : "complaint-form:" + refused.field();
            Messages.addError(field, Text.of(refused.messageKey(), refused.arguments()));
            return null;
        } catch (TaskRefused refused) {
            Messages.addGlobalError(Text.of(refused.messageKey(), refused.arguments()));
        }
        return null;
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

    public String getStep() {
        return step;
    }

    public ComplaintFacts getFacts() {
        return facts;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public boolean isFirstContact() {
        return firstContact;
    }

    public void setFirstContact(boolean firstContact) {
        this.firstContact = firstContact;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
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

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Boolean getAccepted() {
        return accepted;
    }

    public void setAccepted(Boolean accepted) {
        this.accepted = accepted;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getCustomerWords() {
        return customerWords;
    }

    public void setCustomerWords(String customerWords) {
        this.customerWords = customerWords;
    }
}
