package accord.operations.boundary;

import accord.inbox.boundary.HeldTasks;
import accord.operations.control.WorkReassignment;
import accord.organisation.control.Directory;
import accord.organisation.control.PersonalWork;
import accord.organisation.entity.Employee;
import accord.people.boundary.PersonFormPage;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * Everything a person holds to another ({@code admin/reassign.xhtml?from=…}), for ADMIN: opened from
 * the home page's list of people who left with work, or for anyone from the people list.
 */
@Named
@ViewScoped
public class ReassignPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    @Param(name = "from")
    String from;

    @Inject
    Directory directory;

    @Inject
    HeldTasks held;

    @Inject
    WorkReassignment reassignment;

    private String name;
    private boolean left;
    private List<PersonalWork.Item> work = List.of();
    private List<PersonFormPage.Choice> people = List.of();
    private String to;
    private String reason;

    public void load() {
        if (!me.actor().admin()) {
            Messages.addGlobalError(Text.of("operations.refused.notAdmin"));
            return;
        }
        Employee person = directory.employee(from).orElse(null);
        if (person == null) {
            Messages.addGlobalError(Text.of("people.notFound"));
            return;
        }
        name = person.displayName();
        left = !person.isActive();
        work = held.heldBy(from);
        people = PersonFormPage.Choice.activePeople(directory, me.getLocale(), from);
        if (to == null && person.manager() != null && person.manager().isActive()) {
            to = person.manager().login();
        }
    }

    public void reassign() {
        try {
            WorkReassignment.Moved moved = reassignment.reassignAll(me.actor(), from, to, reason);
            Messages.addGlobalInfo(Text.of("workTransfer.done", moved.moved(), directory.displayName(to)));
            if (moved.onHold() > 0) {
                Messages.addGlobalWarn(Text.of("workTransfer.onHold", moved.onHold()));
            }
            work = held.heldBy(from);
            reason = null;
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside("reassign", refused);
        }
    }

    public String getName() { return name; }
    public boolean isLeft() { return left; }
    public List<PersonalWork.Item> getWork() { return work; }

    /** Offered only while something can move: a step of a suspended case cannot until it resumes. */
    public boolean isMovable() {
        return work.stream().anyMatch(item -> !HeldTasks.ON_HOLD.equals(item.kindKey()));
    }
    public List<PersonFormPage.Choice> getPeople() { return people; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
