package accord.proposal.boundary;

import accord.inbox.boundary.CasePage;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.proposal.entity.CustomerProposal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One proposal ({@code proposals/view.xhtml?number=…}) for whoever may see it: what was proposed and decided, the customer it became, its timeline. */
@Named
@ViewScoped
public class ProposalPage extends CasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    Proposals proposals;

    @Inject
    Directory directory;

    private ProposalView view;

    public void load() {
        Actor actor = me.actor();
        show(proposals.byNumber(number).filter(p -> proposals.maySee(actor, p) || lookup.canSeeCase(actor, p.getProcessInstanceId())),
                CustomerProposal::getProcessInstanceId, p -> view = ProposalView.of(p, directory, me),
                "proposal", "proposal.refused.notVisible");
    }

    public ProposalView getView() {
        return view;
    }
}
