package accord.portal.control;

import accord.organisation.control.Directory;
import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.flowable.engine.TaskService;

/** Counts of open workflow tasks, straight from the engine (never cached). */
@ApplicationScoped
public class OpenWork {

    @Inject
    TaskService tasks;

    @Inject
    Directory directory;

    public long assignedTo(String login) {
        return tasks.createTaskQuery().taskAssignee(login).active().count();
    }

    /** Unclaimed tasks offered to one of the person's groups (department codes and roles). */
    public long offeredTo(String login) {
        List<String> groups = directory.candidateGroupsOf(login);
        if (groups.isEmpty()) {
            return 0;
        }
        return tasks.createTaskQuery().taskCandidateGroupIn(groups).active().count();
    }

    /** Open tasks of a department: offered to it, or assigned to one of its members. */
    public long ofDepartment(String departmentCode) {
        Department department = directory.department(departmentCode).orElseThrow();
        List<String> members = directory.members(department).stream().map(Employee::login).toList();
        var query = tasks.createTaskQuery().active().or().taskCandidateGroup(departmentCode);
        if (!members.isEmpty()) {
            query = query.taskAssigneeIds(members);
        }
        return query.endOr().count();
    }
}
