package accord.customer.boundary;

import accord.customer.entity.Customer;
import accord.organisation.control.Actor;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.security.boundary.CurrentPerson;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.function.Supplier;
import org.omnifaces.util.Messages;

/**
 * A card of the customer page that another component fills (figures, tier, reviews, complaints,
 * handoffs): the page looks the customer up once and hands it to every card found through CDI, so
 * the customer component imports none of them. A card is a view-scoped bean bound to its part of
 * {@code customers/view.xhtml}.
 */
public abstract class CustomerCard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A case of the customer's, as a card lists it: its number opens its page. */
    public record CaseLine(String number, String subject, String status, boolean open) implements Serializable {
    }

    @Inject
    protected CurrentPerson me;

    private long customerId;
    private String code;

    /** Reads what the card shows of this customer to this person. */
    protected abstract void read(Customer customer, Actor actor);

    /** Called by the customer page once per view (not final: CDI proxies it). */
    public void load(Customer customer, Actor actor) {
        customerId = customer.id();
        code = customer.code();
        read(customer, actor);
    }

    protected long customerId() {
        return customerId;
    }

    /**
     * A change through a boundary: on success the customer page anew with the message it returns (if any);
     * refused, the reason beside its field of this h:form (or at the top), and what was typed stays.
     */
    protected String change(String formId, Supplier<String> action) {
        try {
            String done = action.get();
            if (done != null) {
                Messages.addFlashGlobalInfo(done);
            }
            return reload();
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside(formId, refused);
            return null;
        }
    }

    protected String reload() {
        return "/customers/view?faces-redirect=true&code=" + code;
    }
}
