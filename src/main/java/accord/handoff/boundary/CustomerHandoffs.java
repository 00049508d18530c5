package accord.handoff.boundary;

import accord.customer.boundary.CustomerCard;
import accord.customer.entity.Customer;
import accord.handoff.control.HandoffRegister;
import accord.organisation.control.Actor;
import accord.platform.control.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The customer page's card of the handoffs about the customer that this person may see. */
@Named
@ViewScoped
public class CustomerHandoffs extends CustomerCard {

    private static final long serialVersionUID = 1L;

    @Inject
    HandoffRegister handoffs;

    private List<CaseLine> cases = List.of();

    @Override
    protected void read(Customer customer, Actor actor) {
        cases = handoffs.ofCustomer(actor, customer.id()).stream()
                .map(h -> new CaseLine(h.getNumber(), h.getSubject(), Text.of("handoff.status." + h.getStatus().name()),
                        h.getStatus().isOpen())).toList();
    }

    public List<CaseLine> getCases() {
        return cases;
    }
}
