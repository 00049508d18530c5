package accord.portal.control;

import accord.organisation.control.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.flowable.engine.TaskService;

/** Open workflow tasks of a whole department, straight from the engine (never cached). */
@ApplicationScoped
public class OpenWork {

    @Inject
    TaskService tasks;

    @Inject
    Directory directory;

    /** Open tasks of a department: offered to it, or assigned to one of its members. */
    public long ofDepartment(String departmentCode) {
        List<String> members = directory.memberLogins(List.of(departmentCode));
        var query = tasks.createTaskQuery().active().or().taskCandidateGroup(departmentCode);
        if (!members.isEmpty()) {
            query = query.taskAssigneeIds(members);
        }
        return query.endOr().count();
    }
}
