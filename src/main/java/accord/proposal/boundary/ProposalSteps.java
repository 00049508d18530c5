package accord.proposal.boundary;

import static accord.platform.control.Input.stripped;

import accord.customer.boundary.Contacts;
import accord.customer.boundary.Customers;
import accord.customer.control.CustomerRecord;
import accord.customer.entity.Customer;
import accord.deputy.control.Absences;
import accord.inbox.boundary.CaseSteps;
import accord.notice.control.Notices;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.platform.control.FieldRules;
import accord.proposal.control.ProposalInput;
import accord.proposal.control.ProposalProcess;
import accord.proposal.control.ProposalRefused;
import accord.proposal.entity.CustomerProposal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.flowable.task.api.Task;

/**
 * The proposal's steps, each under a row lock on the proposal and in the transaction that completes
 * its task: the sales manager (or their deputy, never the proposer) approves, which adds the
 * customer through the customer component's own rules, rejects or sends it back; the proposer
 * revises and sends it again, or withdraws it.
 */
@ApplicationScoped
@Transactional
public class ProposalSteps extends CaseSteps<CustomerProposal> {

    public enum Decision { APPROVE, RETURN, REJECT }

    private static final int MAX_NOTE = 2000;

    @Inject
    Absences absences;

    @Inject
    Directory directory;

    @Inject
    Customers customers;

    @Inject
    Contacts contacts;

    @Inject
    Proposals proposals;

    @Inject
    Notices notices;

    public ProposalSteps() {
        super(ProposalProcess.KEY, ProposalProcess.ID_VARIABLE, CustomerProposal.class);
    }

    /** Approves (returns the customer added), rejects or sends back with a note; a note is needed but to approve. */
    public Customer decide(Actor actor, String taskId, Decision decision, String note) {
        Task task = lookup.task(taskId, actor);
        CustomerProposal proposal = at(actor, task, ProposalProcess.APPROVE_STEP);
        if (actor.login().equals(proposal.getProposer()) || !absences.actsFor(actor.login(), proposal.getApprover())) {
            throw Proposals.denied(actor, proposal);
        }
        FieldRules.Refusal refusal = ProposalRefused::new;
        FieldRules.require(decision != null, "decision", "proposal.refused.decision", refusal);
        String text = stripped(note);
        FieldRules.require(text == null || text.length() <= MAX_NOTE, "note", "proposal.refused.note", refusal);
        FieldRules.require(decision == Decision.APPROVE || text != null, "note", "proposal.refused.note", refusal);
        Instant now = Instant.now();
        Customer added = null;
        String link = "/proposals/view.xhtml?number=" + proposal.getNumber();
        switch (decision) {
            case APPROVE -> {
                added = add(actor, proposal);
                proposal.approved(added, text, now);
                notices.tell(proposal.getProposer(), "proposal.notice.approved", "/customers/view.xhtml?code=" + added.code(),
                        proposal.getNumber(), added.name(), added.code());
            }
            case REJECT -> {
                proposal.rejected(text, now);
                notices.tell(proposal.getProposer(), "proposal.notice.rejected", link, proposal.getNumber(), proposal.getName());
            }
            case RETURN -> proposal.returned(text, now);
        }
        actions.complete(actor, taskId, text, Map.of("decision", decision.name()));
        return added;
    }

    /** The proposer sends the revised proposal again, or withdraws it. */
    public void revise(Actor actor, String taskId, ProposalInput revised, boolean sendAgain) {
        Task task = lookup.task(taskId, actor);
        CustomerProposal proposal = at(actor, task, ProposalProcess.REVISE_STEP);
        if (!absences.actsFor(actor.login(), proposal.getProposer())) {
            throw Proposals.denied(actor, proposal);
        }
        if (sendAgain) {
            proposals.check(actor, revised, proposal.getNumber());
            proposal.resubmitted(revised.proposed());
        } else {
            proposal.withdrawn();
        }
        actions.complete(actor, taskId, null, Map.of("resubmitted", sendAgain));
    }

    /**
     * The customer, added as the approver would add it by hand (their rules: the proposer in a team
     * they head), the proposer its account manager; the contact as the account manager records it.
     */
    private Customer add(Actor actor, CustomerProposal proposal) {
        ProposalInput input = ProposalInput.of(proposal.proposed());
        proposals.check(actor, input, proposal.getNumber());
        Actor approver = directory.actor(proposal.getApprover());
        Customer added = customers.add(approver, new CustomerRecord(input.name(), input.industry(), input.region(),
                proposal.getProposer(), null));
        if (input.contactName() != null) {
            contacts.add(directory.actor(proposal.getProposer()), added.id(), new Contacts.NewContact(input.contactName(),
                    input.contactTitle(), input.contactPhone(), input.contactEmail(), false));
        }
        return added;
    }

    private CustomerProposal at(Actor actor, Task task, String step) {
        return lockedAt(task, Set.of(step)).orElseThrow(() -> new ProposalRefused(null, "proposal.refused.notThisStep"));
    }
}
