package accord.handoff.boundary;

import accord.customer.control.CustomerColumn;
import jakarta.enterprise.context.ApplicationScoped;

/** A merged duplicate's handoffs are about the customer kept. */
@ApplicationScoped
public class HandoffsOfCustomer extends CustomerColumn {

    public HandoffsOfCustomer() {
        super("handoff", "merge.kind.handoffs");
    }
}
