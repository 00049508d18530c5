package accord.customer.boundary;

import accord.customer.entity.Customer;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Who looks after the account and who did before; whether it is still a prospect; the edit link for who may keep it. */
@Named
@ViewScoped
public class ManagersCard extends CustomerCard {

    private static final long serialVersionUID = 1L;

    /** One change of account manager, as the card lists it. */
    public record Line(String when, String from, String to, String by) implements Serializable {
    }

    @Inject
    Customers customers;

    @Inject
    Directory directory;

    private boolean keepable;
    private boolean prospect;
    private List<Line> history = List.of();

    @Override
    protected void read(Customer customer, Actor actor) {
        keepable = Customers.mayKeep(actor, customer);
        prospect = customer.isProspect();
        history = customers.managersOf(customer.id()).stream().map(m -> new Line(me.dateTime(m.changedAt()), name(m.from()),
                name(m.to()), by(m.changedBy()))).toList();
    }

    /** Who moved it; the directory's synchronisation in the reader's words. */
    private String by(String login) {
        return "directory".equals(login) ? Text.of("roles.by.directory") : directory.displayName(login);
    }

    private String name(String login) {
        return login == null ? "—" : directory.displayName(login);
    }

    public boolean isKeepable() {
        return keepable;
    }

    public boolean isProspect() {
        return prospect;
    }

    public List<Line> getHistory() {
        return history;
    }
}
