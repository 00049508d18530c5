package accord.inbox.boundary;

import accord.organisation.control.GroupWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.engine.TaskService;

/** The open tasks offered to a group (a department's queue), claimed or not. */
@ApplicationScoped
public class GroupQueue implements GroupWork {

    @Inject
    TaskService tasks;

    @Override
    public long openFor(String group) {
        return tasks.createNativeTaskQuery().sql("SELECT COUNT(*) FROM ACT_RU_TASK T WHERE T.ID_ IN"
                + " (SELECT L.TASK_ID_ FROM ACT_RU_IDENTITYLINK L WHERE L.TYPE_ = 'candidate' AND L.GROUP_ID_ = #{group})")
                .parameter("group", group).count();
    }
}
