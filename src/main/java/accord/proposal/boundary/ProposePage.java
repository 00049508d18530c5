package accord.proposal.boundary;

import accord.organisation.control.Directory;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.proposal.entity.CustomerProposal;
import accord.security.boundary.CurrentPerson;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;

/** A rep proposes a customer ({@code customers/propose.xhtml}) and sees their proposals and where each stands. */
@Named
@ViewScoped
public class ProposePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One of the person's proposals: its number opens its page. */
    public record Line(String number, String name, String status, String proposedAt) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    Proposals proposals;

    @Inject
    Directory directory;

    private boolean allowed;
    private List<Line> mine = List.of();
    private ProposalFields fields = new ProposalFields();

    @PostConstruct
    void load() {
        allowed = proposals.mayPropose(me.actor());
        mine = proposals.of(me.actor().login()).stream().map(p -> new Line(p.getNumber(), p.getName(), p.getStatus().name(),
                me.dateTime(p.getProposedAt()))).toList();
    }

    public String propose() {
        try {
            CustomerProposal proposal = proposals.propose(me.actor(), fields.input());
            Messages.addFlashGlobalInfo(Text.of("proposal.sent", proposal.getNumber(), directory.displayName(proposal.getApprover())));
            return "/proposals/view?faces-redirect=true&number=" + proposal.getNumber();
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside("propose-form", refused);
            return null;
        }
    }

    public boolean isAllowed() { return allowed; }
    public List<Line> getMine() { return mine; }
    public ProposalFields getFields() { return fields; }
}
