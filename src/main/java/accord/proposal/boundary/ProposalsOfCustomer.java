package accord.proposal.boundary;

import accord.customer.control.CustomerColumn;
import jakarta.enterprise.context.ApplicationScoped;

/** The approved proposal a merged duplicate came from now names the customer kept. */
@ApplicationScoped
public class ProposalsOfCustomer extends CustomerColumn {

    public ProposalsOfCustomer() {
        super("customer_proposal", "merge.kind.proposals");
    }
}
