package accord.inbox.boundary;

import accord.casefile.control.CaseHistory;
import accord.casefile.control.StepNames;
import accord.inbox.control.DueText;
import accord.inbox.control.NextSteps;
import accord.inbox.control.TaskFacts;
import accord.inbox.control.TaskLookup;
import accord.inbox.control.TaskRefused;
import accord.inbox.control.TaskRights;
import accord.inbox.control.TaskRow;
import accord.inbox.control.TaskRows;
import accord.organisation.control.Actor;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flowable.task.api.Task;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The task page: the task, its case's context and history, claim and release. It looks the task
 * up once and hands it to the parts of the page: the workflow's own form ({@link StepForm}), the
 * generic form with comments and files ({@link TaskNotes}), the hand-over ({@link TaskHandover}).
 */
@Named
@ViewScoped
public class TaskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    TaskLookup lookup;

    @Inject
    TaskRows rows;

    @Inject
    CaseHistory history;

    @Inject
    TaskActions actions;

    @Inject
    TaskFailures failures;

    @Inject
    TaskHolders holders;

    @Inject
    TaskWords words;

    @Inject
    NextSteps nextSteps;

    @Inject
    WorkflowForms forms;

    @Inject
    @Any
    Instance<StepForm> stepForms;

    @Inject
    TaskNotes notes;

    @Inject
    TaskHandover handover;

    @Inject
    @Param(name = "id")
    String id;

    private TaskRow task;
    private List<CaseHistory.Entry> story = List.of();
    private CaseHistory.Start start;
    private String why;
    private List<String> next = List.of();
    private boolean missing;
    private boolean canClaim;
    private boolean canRelease;
    private boolean canComplete;
    private boolean ownForm;
    private boolean onHold;

    public void load() {
        try {
            Actor actor = me.actor();
            Task found = lookup.visibleTask(id, actor);
            task = rows.of(List.of(found)).get(0);
            TaskFacts facts = lookup.facts(found, actor);
            Map<String, Object> variables = lookup.variables(found);
            story = history.of(found.getProcessInstanceId());
            start = history.start(found.getProcessInstanceId());
            why = TaskRights.whyYours(actor, facts).map(words::why).orElse(null);
            String processDefinitionId = found.getProcessDefinitionId();
            next = nextSteps.after(processDefinitionId, found.getTaskDefinitionKey(), variables).stream()
                    .map(step -> words.next(step, StepNames.step(processDefinitionId, step.key(), step.name()))).toList();
            onHold = found.isSuspended();
            canClaim = TaskRights.canClaim(actor, facts);
            canRelease = TaskRights.canRelease(actor, facts);
            canComplete = TaskRights.canComplete(actor, facts);
            ownForm = forms.hasForm(processDefinitionId);
            // The task is looked up once, here, and handed to the parts of the page.
            stepForms.stream().filter(form -> WorkflowKeys.isDefinitionOf(form.processKey(), processDefinitionId))
                    .findFirst().ifPresent(form -> form.load(found));
            notes.load(found.getId(), task.name(), found.getProcessInstanceId(), variables);
            handover.load(found.getId(), task.assignee(), facts, actor);
        } catch (TaskRefused refused) {
            missing = true;
            Messages.addGlobalError(Text.of(refused.messageKey(), refused.arguments()));
        }
    }

    public String claim() {
        failures.attempt(() -> actions.claim(me.actor(), id), () -> holders.explainClaimRace(id), "inbox.claimed",
                task.name());
        return reload();
    }

    public String release() {
        if (failures.attempt(() -> actions.release(me.actor(), id), "inbox.released", task.name())) {
            Faces.getFlash().setKeepMessages(true);
            return "/inbox/index?faces-redirect=true&list=team";
        }
        return reload();
    }

    private String reload() {
        Faces.getFlash().setKeepMessages(true);
        return "/inbox/task?faces-redirect=true&id=" + id;
    }

    public String getDue() {
        return task == null || task.due() == null ? "" : DueText.of(task.due().toInstant(), Instant.now(), me.getLocale());
    }

    public boolean isCanClaim() {
        return canClaim;
    }

    public boolean isCanRelease() {
        return canRelease;
    }

    /** May the person complete it now? (The workflow forms' own actions follow this too.) */
    public boolean isCanComplete() {
        return canComplete;
    }

    /**
     * Is this step done with its workflow's own form? Then the generic facts and the generic Complete
     * are not shown (the server refuses that Complete too).
     */
    public boolean isOwnForm() {
        return ownForm;
    }

    /** The case is suspended by operations: the page says so and offers nothing to do on it. */
    public boolean isOnHold() {
        return onHold;
    }

    public boolean isMissing() {
        return missing;
    }

    public TaskRow getTask() {
        return task;
    }

    public List<CaseHistory.Entry> getStory() {
        return story;
    }

    public CaseHistory.Start getStart() {
        return start;
    }

    public List<String> getNext() {
        return next;
    }

    public String getWhy() {
        return why;
    }
}
