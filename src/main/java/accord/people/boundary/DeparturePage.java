package accord.people.boundary;

import accord.organisation.control.Directory;
import accord.organisation.control.PersonalWork;
import accord.organisation.entity.Employee;
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
 * A person leaves ({@code admin/departure.xhtml?login=…}): what they hold, whom it goes to (their
 * manager unless ADMIN chooses someone else), and what must happen first (another head).
 */
@Named
@ViewScoped
public class DeparturePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    Departures departures;

    @Inject
    Directory directory;

    @Inject
    @Param(name = "login")
    String login;

    private String name;
    private List<PersonalWork.Item> work = List.of();
    private List<String> headOf = List.of();
    private List<PersonFormPage.Choice> successors = List.of();
    private String successor;

    public void load() {
        directory.employee(login).filter(Employee::isActive).ifPresentOrElse(this::show,
                () -> Messages.addGlobalError(Text.of("people.notFound")));
    }

    private void show(Employee person) {
        name = person.displayName();
        work = departures.workOf(login);
        headOf = departures.headships(login).stream().map(d -> d.name(me.getLocale())).toList();
        successors = PersonFormPage.Choice.activePeople(directory, me.getLocale(), login);
        if (successor == null && person.manager() != null && person.manager().isActive()) {
            successor = person.manager().login();
        }
    }

    public String deactivate() {
        try {
            departures.deactivate(me.actor(), login, successor);
            Messages.addFlashGlobalInfo(Text.of("departure.done", name, work.size()));
            return "/admin/people?faces-redirect=true";
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside("departure", refused);
            return null;
        }
    }

    /** Offered only when it can succeed: no department waits for another head, and it is not the reader. */
    public boolean isPossible() {
        return name != null && headOf.isEmpty() && !login.equals(me.getLogin());
    }

    public boolean isSelf() {
        return login.equals(me.getLogin());
    }

    public String getName() { return name; }
    public List<PersonalWork.Item> getWork() { return work; }
    public List<String> getHeadOf() { return headOf; }
    public List<PersonFormPage.Choice> getSuccessors() { return successors; }
    public String getSuccessor() { return successor; }
    public void setSuccessor(String successor) { this.successor = successor; }
    public String getLogin() { return login; }
}
