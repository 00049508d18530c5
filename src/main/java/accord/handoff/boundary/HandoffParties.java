package accord.handoff.boundary;

import accord.handoff.entity.Handoff;
import accord.handoff.entity.HandoffStatus;
import accord.inbox.boundary.TaskActions;
import accord.organisation.control.PersonalWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.flowable.engine.RuntimeService;

/**
 * A leaving person's part in open handoffs: those they asked for and those they work on go to the
 * successor, the handoff and the case's people alike, so the successor may do the steps that come
 * (the steps check the handoff's people, not only who holds the task). The decision variables too,
 * should they name the leaver.
 */
@ApplicationScoped
public class HandoffParties implements PersonalWork {

    static final Set<String> REQUESTER_STEPS = Set.of("considerDate", "provideInfo", "accept");
    private static final Set<String> ASSIGNEE_STEPS = Set.of("deliver");
    private static final List<String> DECIDERS = List.of("approver", "targetHead", "escalateTo");

    @PersistenceContext
    EntityManager em;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskActions actions;

    @Override
    public List<Item> heldBy(String login) {
        return partyTo(login, false).stream().map(h -> new Item(login.equals(h.getRequester()) ? "departure.kind.handoffRequested"
                : "departure.kind.handoffAssigned", h.getNumber() + " · " + h.getSubject(), "/handoffs/view.xhtml?number=" + h.getNumber()))
                .toList();
    }

    @Override
    public void handOver(String login, String successor, String by) {
        for (Handoff handoff : partyTo(login, true)) {
            if (login.equals(handoff.getRequester())) {
                askedBy(handoff, successor);
            }
            if (login.equals(handoff.getAssignee())) {
                handoff.workedOnBy(successor);
                if (handoff.getProcessInstanceId() != null) {
                    runtime.setVariable(handoff.getProcessInstanceId(), "assignee", successor);
                    actions.handOverSteps(handoff.getProcessInstanceId(), ASSIGNEE_STEPS, successor);
                }
            }
        }
        // Heads decide; a head cannot leave, but a decision may have gone up to someone who is not one.
        for (String variable : DECIDERS) {
            runtime.createProcessInstanceQuery().processDefinitionKey(accord.handoff.control.HandoffProcess.KEY)
                    .variableValueEquals(variable, login).list()
                    .forEach(instance -> runtime.setVariable(instance.getId(), variable, successor));
        }
    }

    /** The handoff is asked for by someone else from now on: the handoff, its case's variable, and its requester's open step. */
    void askedBy(Handoff handoff, String requester) {
        handoff.askedOnBehalfOf(requester);
        if (handoff.getProcessInstanceId() != null) {
            runtime.setVariable(handoff.getProcessInstanceId(), "requester", requester);
            actions.handOverSteps(handoff.getProcessInstanceId(), REQUESTER_STEPS, requester);
        }
    }

    private List<Handoff> partyTo(String login, boolean lock) {
        var query = em.createQuery("select h from Handoff h where (h.requester = :login or h.assignee = :login) and h.status in :open"
                + " order by h.number", Handoff.class).setParameter("login", login).setParameter("open", HandoffStatus.OPEN);
        return (lock ? query.setLockMode(LockModeType.PESSIMISTIC_WRITE) : query).getResultList();
    }
}
