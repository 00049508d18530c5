package accord.proposal.boundary;

import accord.casefile.control.CaseVisibility;
import accord.organisation.control.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Whoever may see a proposal may see its case: history and diagram. */
@ApplicationScoped
public class ProposalVisibility implements CaseVisibility {

    @Inject
    Proposals proposals;

    @Override
    public boolean canSee(Actor actor, String processInstanceId) {
        return proposals.byCase(processInstanceId).filter(p -> proposals.maySee(actor, p)).isPresent();
    }
}
