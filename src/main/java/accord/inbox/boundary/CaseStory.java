package accord.inbox.boundary;

import accord.casefile.control.CaseHistory;
import accord.casefile.control.StepNames;
import accord.inbox.control.TaskLookup;
import accord.inbox.control.TaskRights;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Date;
import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.omnifaces.util.Messages;

/**
 * What a workflow's own page shows of its case (WEB-INF/includes/case-story.xhtml): the timeline of
 * steps and comments, the files, and the open steps, linked for whoever may work on them. The
 * page checks first that the person may see the case.
 */
@ApplicationScoped
public class CaseStory {

    /** A file on the case. */
    public record File(String id, String name, String by, Date at) implements Serializable {
    }

    /** An open step and whether the viewer may open its task. */
    public record OpenStep(String taskId, String name, String holder, boolean mine) implements Serializable {
    }

    public record Story(List<CaseHistory.Entry> timeline, List<File> files, List<OpenStep> openSteps) implements Serializable {
    }

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

    /**
     * A case page asked for a case this person may not see (or that does not exist): the refusal is
     * logged, and the page says so without telling which of the two it was.
     */
    public static void notVisible(Actor actor, String kind, String number, String messageKey) {
        TaskLookup.refused(actor, "see." + kind, number, messageKey);
        Messages.addGlobalError(Text.of(messageKey));
    }

    public Story of(Actor actor, String caseId) {
        List<File> files = attachments.of(caseId).stream().map(a -> new File(a.getId(), a.getName(),
                a.getUserId() == null ? "" : directory.displayName(a.getUserId()), a.getTime())).toList();
        List<OpenStep> open = tasks.createTaskQuery().processInstanceId(caseId).list().stream()
                .map(task -> step(task, actor)).toList();
        return new Story(history.of(caseId), files, open);
    }

    private OpenStep step(Task task, Actor actor) {
        return new OpenStep(task.getId(),
                StepNames.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName()),
                task.getAssignee() == null ? "" : directory.displayName(task.getAssignee()),
                TaskRights.canSee(actor, lookup.facts(task, actor)));
    }
}
