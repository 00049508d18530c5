package accord.inbox.boundary;

import accord.inbox.control.Colleagues;
import accord.inbox.control.TaskRow;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;

/** The inbox's ticked rows and what is done to them together: claim them, or (for heads) hand them to one member. */
@Named
@ViewScoped
public class InboxSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    TaskActions actions;

    @Inject
    TaskFailures failures;

    @Inject
    TaskHolders holders;

    @Inject
    Colleagues colleagues;

    private List<TaskRow> selected = new ArrayList<>();
    private String reassignTo;

    /** Claims each selected task in its own transaction: one lost race does not undo the others. */
    public void claimSelected() {
        int claimed = 0;
        for (TaskRow row : selected) {
            if (failures.attempt(() -> actions.claim(me.actor(), row.id()), () -> holders.explainClaimRace(row.id()), null)) {
                claimed++;
            }
        }
        Messages.addGlobalInfo(Text.of("inbox.bulk.claimed", claimed, selected.size()));
        selected = new ArrayList<>();
    }

    /** For heads: hands each selected task to one member of their departments. */
    public void reassignSelected() {
        if (reassignTo == null) {
            Messages.addGlobalError(Text.of("task.choosePerson"));
            return;
        }
        int moved = 0;
        for (TaskRow row : selected) {
            if (failures.attempt(() -> actions.reassign(me.actor(), row.id(), reassignTo), null)) {
                moved++;
            }
        }
        Messages.addGlobalInfo(Text.of("inbox.bulk.reassigned", moved, selected.size()));
        selected = new ArrayList<>();
    }

    /** Members of the departments the person heads, for bulk reassignment. */
    public List<Colleagues.Colleague> getMembers() {
        return colleagues.in(me.actor().headOf(), null);
    }

    public List<TaskRow> getSelected() {
        return selected;
    }

    public void setSelected(List<TaskRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getReassignTo() {
        return reassignTo;
    }

    public void setReassignTo(String reassignTo) {
        this.reassignTo = reassignTo;
    }
}
