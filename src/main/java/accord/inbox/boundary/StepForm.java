package accord.inbox.boundary;

import accord.inbox.control.WorkflowForm;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.security.boundary.CurrentPerson;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.flowable.task.api.Task;
import org.omnifaces.util.Faces;

/**
 * The page side of a {@link WorkflowForm}: the view-scoped bean its fragment is bound to. The task
 * page looks the task up once, checks that the person may see it, and hands it to the one form of
 * its process (found through CDI); the form reads its case from it and does its steps through its
 * own actions. A workflow's form extends this; the inbox names none of them.
 */
public abstract class StepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected CurrentPerson me;

    @Inject
    TaskFailures failures;

    private final String processKey;
    private final String formId;
    private String taskId;
    private String step;
    private boolean applies;

    /**
     * @param processKey the process whose steps this form does: its {@link WorkflowForm#processKey()}
     * @param formId the id of the fragment's h:form, so that a refusal is said beside its field
     */
    protected StepForm(String processKey, String formId) {
        this.processKey = processKey;
        this.formId = formId;
    }

    public String processKey() {
        return processKey;
    }

    /** Reads the task's case into the form; false when the task has no case this form knows. */
    protected abstract boolean read(Task task);

    /** Called by the task page once per view, for a task of this form's process that the person may see (not final: CDI proxies it). */
    public void load(Task task) {
        taskId = task.getId();
        step = task.getTaskDefinitionKey();
        applies = read(task);
    }

    /** Is this form the one the task page shows (and not the generic one)? */
    public boolean isApplies() {
        return applies;
    }

    /** The step's key in the workflow file: which part of the form is shown. */
    public String getStep() {
        return step;
    }

    protected String taskId() {
        return taskId;
    }

    /**
     * Does a step: on success back to the person's inbox with the message; otherwise the refusal
     * beside its field, and what was typed stays.
     */
    protected String attempt(Runnable action, String doneKey, Object... doneArguments) {
        return attempt(formId, action, doneKey, doneArguments);
    }

    /** As above, for a second h:form of the same fragment. */
    protected String attempt(String formId, Runnable action, String doneKey, Object... doneArguments) {
        try {
            if (failures.attempt(action, doneKey, doneArguments)) {
                Faces.getFlash().setKeepMessages(true);
                return "/inbox/index?faces-redirect=true&list=mine";
            }
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside(formId, refused);
        }
        return null;
    }
}
