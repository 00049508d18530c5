package accord.proposal.boundary;

import accord.casefile.control.CaseNumbers;
import accord.casefile.control.CaseVariables;
import accord.customer.boundary.Customers;
import accord.customer.control.CustomerDirectory;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.platform.control.FieldRules;
import accord.proposal.control.ProposalApprovers;
import accord.proposal.control.ProposalInput;
import accord.proposal.control.ProposalProcess;
import accord.proposal.control.ProposalRefused;
import accord.proposal.entity.CustomerProposal;
import accord.proposal.entity.ProposalStatus;
import accord.workflow.control.Acting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.flowable.engine.RuntimeService;

/**
 * A sales rep proposes a new customer: the proposal, its number and its case with the rep's sales
 * manager start in one transaction. Who sees a proposal: the proposer, the approver, the heads above
 * the proposer, the sales director and ADMIN.
 */
@ApplicationScoped
@Transactional
public class Proposals {

    private static final Logger LOG = Logger.getLogger(Proposals.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ProposalApprovers approvers;

    @Inject
    CustomerDirectory customers;

    @Inject
    CaseNumbers numbers;

    @Inject
    RuntimeService runtime;

    @Inject
    Directory directory;

    /** May this person propose customers: not one who adds them directly, and with a sales manager to approve. */
    public boolean mayPropose(Actor actor) {
        return !Customers.mayAdd(actor) && approvers.of(actor.login()).isPresent();
    }

    public CustomerProposal propose(Actor actor, ProposalInput input) {
        if (Customers.mayAdd(actor)) {
            throw new ProposalRefused(null, "proposal.refused.addDirectly");
        }
        String approver = approvers.of(actor.login()).orElseThrow(() -> new ProposalRefused(null, "proposal.refused.noApprover"));
        check(actor, input, null);
        Instant now = Instant.now();
        CustomerProposal proposal = new CustomerProposal(numbers.next(CaseNumbers.Series.PROPOSAL, Year.now()), actor.login(),
                approver, input.proposed(), now);
        em.persist(proposal);
        em.flush();
        Map<String, Object> variables = new ProposalProcess.Start(proposal.getId(), actor.login(), approver).variables();
        variables.putAll(CaseVariables.labels(input.name(), null, null));
        String caseId = Acting.as(actor.login(), () -> runtime.createProcessInstanceBuilder().processDefinitionKey(ProposalProcess.KEY)
                .businessKey(proposal.getNumber()).name(input.name()).variables(variables).start().getId());
        proposal.startedAs(caseId);
        LOG.info(() -> actor.login() + " proposed " + proposal.getNumber() + " to " + approver);
        return proposal;
    }

    /**
     * The proposal's own rules, also when it is revised and when it is approved: its fields, its
     * contact, no customer of its name yet and no other proposal of it under way (a second click, a
     * colleague's proposal of the same company).
     */
    void check(Actor actor, ProposalInput input, String ownNumber) {
        FieldRules.check(input, ProposalRefused::new);
        if (!input.contactComplete()) {
            throw new ProposalRefused(input.contactName() == null ? "contactName" : "contactPhone",
                    input.contactName() == null ? "contacts.refused.name" : "contacts.refused.reach");
        }
        customers.named(input.name()).ifPresent(existing -> {
            throw new ProposalRefused("name", "proposal.refused.exists", existing.name(), existing.code());
        });
        em.createQuery("select p from CustomerProposal p where lower(p.name) = :name and p.status in :open", CustomerProposal.class)
                .setParameter("name", input.name().toLowerCase()).setParameter("open", ProposalStatus.OPEN).getResultStream()
                .filter(other -> !other.getNumber().equals(ownNumber)).findFirst().ifPresent(other -> {
                    throw new ProposalRefused("name", "proposal.refused.pending", other.getNumber());
                });
    }

    public Optional<CustomerProposal> byNumber(String number) {
        return number == null ? Optional.empty()
                : em.createQuery("select p from CustomerProposal p left join fetch p.customer where p.number = :number",
                        CustomerProposal.class).setParameter("number", number).getResultStream().findFirst();
    }

    public Optional<CustomerProposal> byCase(String processInstanceId) {
        return em.createQuery("select p from CustomerProposal p where p.processInstanceId = :id", CustomerProposal.class)
                .setParameter("id", processInstanceId).getResultStream().findFirst();
    }

    /** The person's own proposals, newest first. */
    public List<CustomerProposal> of(String proposer) {
        return em.createQuery("select p from CustomerProposal p left join fetch p.customer where p.proposer = :login"
                + " order by p.proposedAt desc", CustomerProposal.class).setParameter("login", proposer).getResultList();
    }

    public boolean maySee(Actor actor, CustomerProposal proposal) {
        if (actor.admin() || actor.isIn(Role.SALES_DIRECTOR.name()) || actor.login().equals(proposal.getProposer())
                || actor.login().equals(proposal.getApprover())) {
            return true;
        }
        return directory.employee(proposal.getProposer()).map(Employee::department).filter(d -> actor.heads(d.code())).isPresent();
    }

    /** Refused, logged and recorded: not this person's step. */
    static ProposalRefused denied(Actor actor, CustomerProposal proposal) {
        AccessRefusals.record(actor.login(), AuditWording.of("audit.act.decideProposal", proposal.getNumber()), "proposal.refused.notYourStep");
        return new ProposalRefused(null, "proposal.refused.notYourStep");
    }
}
