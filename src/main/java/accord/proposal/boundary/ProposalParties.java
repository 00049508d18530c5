package accord.proposal.boundary;

import accord.inbox.boundary.TaskActions;
import accord.notice.control.Notices;
import accord.organisation.control.PersonalWork;
import accord.proposal.control.ProposalApprovers;
import accord.proposal.control.ProposalProcess;
import accord.proposal.entity.CustomerProposal;
import accord.proposal.entity.ProposalStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.flowable.engine.RuntimeService;

/**
 * A leaving person's open proposals: one they made is withdrawn (the customer it would add needs
 * its proposer as account manager) and the successor is told, to add or propose it again if it is
 * still wanted; one they were to approve goes to the proposer's next sales manager, else the successor.
 */
@ApplicationScoped
public class ProposalParties implements PersonalWork {

    @PersistenceContext
    EntityManager em;

    @Inject
    RuntimeService runtime;

    @Inject
    ProposalApprovers approvers;

    @Inject
    Notices notices;

    @Inject
    TaskActions actions;

    @Override
    public List<Item> heldBy(String login) {
        return partyTo(login, false).stream().map(p -> new Item(login.equals(p.getProposer()) ? "departure.kind.proposalWithdrawn"
                : "departure.kind.proposalToApprove", p.getNumber() + " · " + p.getName(), "/proposals/view.xhtml?number=" + p.getNumber()))
                .toList();
    }

    @Override
    public void handOver(String login, String successor, String by) {
        for (CustomerProposal proposal : partyTo(login, true)) {
            if (login.equals(proposal.getProposer())) {
                proposal.withdrawnAsProposerLeft();
                if (proposal.getProcessInstanceId() != null) {
                    runtime.deleteProcessInstance(proposal.getProcessInstanceId(), "proposer left");
                }
                notices.tell(successor, "proposal.notice.leaverWithdrawn", "/proposals/view.xhtml?number=" + proposal.getNumber(),
                        proposal.getNumber(), proposal.getName());
            } else {
                String next = approvers.of(proposal.getProposer()).filter(a -> !a.equals(login)).orElse(successor);
                proposal.decidedBy(next);
                if (proposal.getProcessInstanceId() != null) {
                    runtime.setVariable(proposal.getProcessInstanceId(), "approver", next);
                    actions.handOverSteps(proposal.getProcessInstanceId(), java.util.Set.of(ProposalProcess.APPROVE_STEP), next);
                }
            }
        }
    }

    private List<CustomerProposal> partyTo(String login, boolean lock) {
        var query = em.createQuery("select p from CustomerProposal p where p.status in :open"
                + " and (p.proposer = :login or p.approver = :login) order by p.number", CustomerProposal.class)
                .setParameter("open", ProposalStatus.OPEN).setParameter("login", login);
        return (lock ? query.setLockMode(LockModeType.PESSIMISTIC_WRITE) : query).getResultList();
    }
}
