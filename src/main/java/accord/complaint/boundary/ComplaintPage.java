package accord.complaint.boundary;

import accord.complaint.control.ComplaintRegister;
import accord.inbox.boundary.CaseAttachments;
import accord.inbox.control.CaseHistory;
import accord.inbox.control.TaskLookup;
import accord.inbox.control.TaskRights;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One complaint for whoever may see it: its facts and SLA clock, the timeline of its steps and
 * comments, its files, the diagram, and the open step the viewer can act on.
 */
@Named
@ViewScoped
public class ComplaintPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A file on the complaint. */
    public record File(String id, String name, String by, Date at) implements Serializable {
    }

    /** The open step and whether the viewer may work on it. */
    public record OpenStep(String taskId, String name, String holder, boolean mine) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    ComplaintRegister register;

    @Inject
    CaseHistory history;

    @Inject
    CaseAttachments attachments;

    @Inject
    TaskService tasks;

    @Inject
    TaskLookup lookup;

    @Inject
    Directory directory;

    private ComplaintFacts facts;
    private List<CaseHistory.Entry> timeline = List.of();
    private List<File> files = List.of();
    private List<OpenStep> openSteps = List.of();

    public void load() {
        Actor actor = me.actor();
        String number = Faces.getRequestParameter("number");
        register.visible(actor, number).ifPresentOrElse(complaint -> {
            facts = ComplaintFacts.of(complaint, me.getLocale(), Instant.now());
            String caseId = complaint.getProcessInstanceId();
            timeline = history.of(caseId);
            files = attachments.of(caseId).stream().map(a -> new File(a.getId(), a.getName(),
                    a.getUserId() == null ? "" : directory.displayName(a.getUserId()), a.getTime())).toList();
            openSteps = tasks.createTaskQuery().processInstanceId(caseId).list().stream()
                    .map(task -> step(task, actor)).toList();
        }, () -> {
            TaskLookup.refused(actor, "see complaint", number, "complaint.refused.notVisible");
            Messages.addGlobalError(Text.of("complaint.refused.notVisible"));
        });
    }

    private OpenStep step(Task task, Actor actor) {
        var taskFacts = lookup.facts(task, actor);
        return new OpenStep(task.getId(),
                accord.inbox.control.StepNames.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName()),
                task.getAssignee() == null ? "" : directory.displayName(task.getAssignee()),
                TaskRights.canSee(actor, taskFacts));
    }

    public ComplaintFacts getFacts() {
        return facts;
    }

    public List<CaseHistory.Entry> getTimeline() {
        return timeline;
    }

    public List<File> getFiles() {
        return files;
    }

    public List<OpenStep> getOpenSteps() {
        return openSteps;
    }
}
