package accord.inbox.boundary;

import accord.inbox.control.Colleagues;
import accord.inbox.control.TaskFacts;
import accord.inbox.control.TaskRights;
import accord.organisation.control.Actor;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The task page's hand-over: a head reassigns the task within their departments, the holder delegates it to a colleague. */
@Named
@ViewScoped
public class TaskHandover implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    TaskActions actions;

    @Inject
    TaskFailures failures;

    @Inject
    Colleagues colleagues;

    @Inject
    TaskWords words;

    private String taskId;
    private boolean canReassign;
    private boolean canDelegate;
    private List<Colleagues.Colleague> reassignTo = List.of();
    private List<Colleagues.Colleague> delegateTo = List.of();
    private String chosenPerson;

    /** Called by the task page once per view, for a task the person may see. */
    void load(String taskId, String assignee, TaskFacts facts, Actor actor) {
        this.taskId = taskId;
        canReassign = TaskRights.canReassign(actor, facts);
        canDelegate = TaskRights.canDelegate(actor, facts);
        if (canReassign) {
            reassignTo = colleagues.in(facts.departments().stream()
                    .filter(code -> actor.admin() || actor.heads(code)).toList(), assignee);
        }
        if (canDelegate) {
            delegateTo = colleagues.in(List.of(me.getDepartmentCode()), assignee);
        }
    }

    public String reassign() {
        String[] holder = new String[1];
        boolean done = failures.attempt(() -> holder[0] = actions.reassign(me.actor(), taskId, chosenPerson), null);
        if (done) {
            Messages.addGlobalInfo(chosenPerson.equals(holder[0]) ? Text.of("task.reassigned", words.nameOf(chosenPerson))
                    : Text.of("task.reassignedToDeputy", words.nameOf(holder[0]), words.nameOf(chosenPerson)));
        }
        return reload();
    }

    public String delegate() {
        failures.attempt(() -> actions.delegate(me.actor(), taskId, chosenPerson), "task.delegatedTo", words.nameOf(chosenPerson));
        return reload();
    }

    private String reload() {
        Faces.getFlash().setKeepMessages(true);
        return "/inbox/task?faces-redirect=true&id=" + taskId;
    }

    public boolean isCanReassign() {
        return canReassign;
    }

    public boolean isCanDelegate() {
        return canDelegate;
    }

    public List<Colleagues.Colleague> getReassignTo() {
        return reassignTo;
    }

    public List<Colleagues.Colleague> getDelegateTo() {
        return delegateTo;
    }

    public String getChosenPerson() {
        return chosenPerson;
    }

    public void setChosenPerson(String chosenPerson) {
        this.chosenPerson = chosenPerson;
    }
}
