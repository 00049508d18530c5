package accord.complaint.boundary;

import accord.customer.control.CustomerColumn;
import jakarta.enterprise.context.ApplicationScoped;

/** A merged duplicate's complaints belong to the customer kept. */
@ApplicationScoped
public class ComplaintsOfCustomer extends CustomerColumn {

    public ComplaintsOfCustomer() {
        super("complaint", "merge.kind.complaints");
    }
}
