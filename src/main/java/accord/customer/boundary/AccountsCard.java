package accord.customer.boundary;

import accord.customer.control.CustomerDirectory;
import accord.customer.control.CustomerRefused;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.people.boundary.PersonCard;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.LockModeType;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * The accounts a person manages, on their page; for whoever may, the form that hands all of them to
 * another person at once ({@link Reassignment}).
 */
@Named
@ViewScoped
public class AccountsCard extends PersonCard {

    private static final long serialVersionUID = 1L;

    /** An account as the card lists it: its code opens the customer's page. */
    public record Account(String code, String name, String tier) implements Serializable {
    }

    /** Someone the accounts may go to. */
    public record Successor(String login, String label) implements Serializable {
    }

    @Inject
    Reassignment reassignment;

    @Inject
    CustomerDirectory customers;

    @Inject
    Directory directory;

    private String login;
    private List<Account> accounts = List.of();
    private List<Successor> successors = List.of();
    private String successor;

    @Override
    protected void read(Employee person, Actor actor) {
        login = person.login();
        accounts = customers.managedBy(login, LockModeType.NONE).stream().map(c -> new Account(c.code(), c.name(), c.tier().name())).toList();
        successors = accounts.isEmpty() || !Reassignment.mayReassignFrom(actor, person.department().code()) ? List.of()
                : directory.everyone().stream().filter(e -> !e.login().equals(login) && Reassignment.mayGiveTo(actor, e))
                        .map(e -> new Successor(e.login(), e.displayName() + " · " + e.department().name(me.getLocale())))
                        .toList();
    }

    public String reassign() {
        try {
            int moved = reassignment.reassignAll(me.actor(), login, successor);
            Messages.addFlashGlobalInfo(Text.of("reassign.done", moved, directory.displayName(successor)));
            return "/people/view?faces-redirect=true&login=" + login;
        } catch (CustomerRefused refused) {
            RefusalMessages.sayBeside("reassign-form", refused);
            return null;
        }
    }

    public List<Account> getAccounts() { return accounts; }
    public List<Successor> getSuccessors() { return successors; }
    public String getSuccessor() { return successor; }
    public void setSuccessor(String successor) { this.successor = successor; }
}
