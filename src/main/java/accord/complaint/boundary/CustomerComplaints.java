package accord.complaint.boundary;

import accord.complaint.control.ComplaintRegister;
import accord.complaint.control.RegisterFilter;
import accord.customer.boundary.CustomerCard;
import accord.customer.entity.Customer;
import accord.organisation.control.Actor;
import accord.platform.control.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The customer page's card of the customer's complaints that this person may see in the register. */
@Named
@ViewScoped
public class CustomerComplaints extends CustomerCard {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @Inject
    ComplaintRegister complaints;

    private List<CaseLine> cases = List.of();

    @Override
    protected void read(Customer customer, Actor actor) {
        RegisterFilter ofCustomer = new RegisterFilter();
        ofCustomer.setCustomerId(customer.id());
        cases = complaints.page(actor, ofCustomer, me.zone(), null, false, 0, SHOWN).stream()
                .map(k -> new CaseLine(k.getNumber(), k.getSubject(), Text.of("complaint.status." + k.getStatus().name()),
                        k.getStatus().isOpen())).toList();
    }

    public List<CaseLine> getCases() {
        return cases;
    }
}
