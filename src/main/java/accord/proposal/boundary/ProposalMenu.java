package accord.proposal.boundary;

import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Whether the customer list offers "Propose a customer": to reps who have a sales manager to approve. */
@Named
@RequestScoped
public class ProposalMenu {

    @Inject
    CurrentPerson me;

    @Inject
    Proposals proposals;

    private Boolean offered;

    public boolean isOffered() {
        if (offered == null) {
            offered = proposals.mayPropose(me.actor());
        }
        return offered;
    }
}
