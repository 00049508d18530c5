package accord.inbox.boundary;

import accord.organisation.control.Directory;
import accord.platform.control.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/** Who holds a task now: read after a lost race, in a transaction of its own. */
@ApplicationScoped
public class TaskHolders {

    @Inject
    TaskService tasks;

    @Inject
    Directory directory;

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
