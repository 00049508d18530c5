package accord.customer.boundary;

import accord.customer.control.CustomerDirectory;
import accord.customer.entity.Customer;
import accord.customer.entity.Tier;
import accord.organisation.control.Actor;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The customer page: who the customer is; everything else on it is a {@link CustomerCard} (its
 * contact people, and the other components' figures, tier, reviews, complaints and handoffs),
 * handed the customer here.
 */
@Named
@ViewScoped
public class CustomerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Facts(long id, String code, String name, Tier tier, String accountManager, String region, String industry,
            Integer since) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    CustomerDirectory customers;

    @Inject
    @Any
    Instance<CustomerCard> cards;

    @Inject
    Merges merges;

    @Inject
    @Param(name = "code")
    String code;

    private Facts facts;

    public void load() {
        Actor actor = me.actor();
        customers.byCode(code).ifPresentOrElse(customer -> show(actor, customer), this::mergedOrMissing);
    }

    /** A merged duplicate's code (in a notice, a bookmark, a printed case file) leads to the customer kept. */
    private void mergedOrMissing() {
        merges.mergedAway(code).ifPresentOrElse(merge -> {
            Messages.addFlashGlobalInfo(Text.of("merge.redirected", merge.droppedCode(), me.dateTime(merge.mergedAt())));
            Faces.redirect("customers/view.xhtml?code=%s", merge.kept().code());
        }, () -> Messages.addGlobalError(Text.of("customers.notFound")));
    }

    private void show(Actor actor, Customer c) {
        facts = new Facts(c.id(), c.code(), c.name(), c.tier(), c.accountManager() == null ? "" : c.accountManager().displayName(),
                c.region(), c.industry(), c.customerSince());
        cards.forEach(card -> card.load(c, actor));
    }

    public Facts getFacts() {
        return facts;
    }
}
