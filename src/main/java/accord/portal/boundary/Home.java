package accord.portal.boundary;

import accord.inbox.boundary.InboxCounts;
import accord.inbox.entity.TaskList;
import accord.organisation.control.Directory;
import accord.portal.control.OpenWork;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The home page: the person's open work and their department's, counted on each visit. */
@Named
@ViewScoped
public class Home implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenWork openWork;

    @Inject
    Directory directory;

    @Inject
    InboxCounts inboxCounts;

    @Inject
    CurrentPerson me;

    private long assignedToMe;
    private long offeredToMe;
    private long department;
    private String departmentName;

    public void load() {
        // The same counts as the side menu's, counted once for the request.
        assignedToMe = inboxCounts.count(TaskList.MINE.name());
        offeredToMe = inboxCounts.count(TaskList.TEAM.name());
        department = openWork.ofDepartment(me.getDepartmentCode());
        departmentName = directory.department(me.getDepartmentCode())
                .map(d -> d.name(me.getLocale()))
                .orElse(me.getDepartmentCode());
    }

    public long getAssignedToMe() {
        return assignedToMe;
    }

    public long getOfferedToMe() {
        return offeredToMe;
    }

    public long getMyOpenTasks() {
        return assignedToMe + offeredToMe;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public long getDepartment() {
        return department;
    }
}
