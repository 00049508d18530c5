package accord.inbox.boundary;

import accord.organisation.control.Directory;
import accord.platform.control.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;

/** Who holds a task now: read after a lost race, in a transaction of its own. */
@ApplicationScoped
public class TaskHolders {

    @Inject
    TaskService tasks;

    @Inject
    HistoryService history;

    @Inject
    Directory directory;

    /**
     * A completion that lost a race: the person's own first press (a double click) finished it, a
     * colleague did, or it changed under them.
     */
    public String explainCompleteRace(String taskId, String login) {
        if (tasks.createTaskQuery().taskId(taskId).singleResult() != null) {
            return Text.of("task.refused.someoneFaster");
        }
        HistoricTaskInstance was = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        return was != null && was.getEndTime() != null && login.equals(was.getAssignee())
                ? Text.of("task.refused.doneByYou") : Text.of("task.refused.gone");
    }

    public String explainClaimRace(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return Text.of("task.refused.gone");
        }
        if (task.getAssignee() == null) {
            return Text.of("task.refused.someoneFaster");
        }
        return Text.of("task.refused.claimedBy", directory.displayName(task.getAssignee()));
    }
}
