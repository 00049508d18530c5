package accord.proposal.boundary;

import accord.organisation.control.Directory;
import accord.proposal.entity.CustomerProposal;
import accord.security.boundary.CurrentPerson;
import java.io.Serializable;

/** A proposal as its page and its task form show it: names for logins, times in the reader's zone. */
public record ProposalView(String number, String status, String proposer, String approver, String proposedAt,
        CustomerProposal.Proposed proposed, String decisionNote, String decidedAt, String customerCode, String customerName,
        String processInstanceId) implements Serializable {

    static ProposalView of(CustomerProposal p, Directory directory, CurrentPerson me) {
        return new ProposalView(p.getNumber(), p.getStatus().name(), directory.displayName(p.getProposer()),
                directory.displayName(p.getApprover()), me.dateTime(p.getProposedAt()), p.proposed(), p.getDecisionNote(),
                p.getDecidedAt() == null ? null : me.dateTime(p.getDecidedAt()),
                p.getCustomer() == null ? null : p.getCustomer().code(), p.getCustomer() == null ? null : p.getCustomer().name(),
                p.getProcessInstanceId());
    }
}
