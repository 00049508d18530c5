package accord.inbox.boundary;

import accord.casefile.control.CaseVariables;
import accord.customer.control.CustomerParts;
import accord.customer.entity.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;

/**
 * The labels of cases under way about a merged duplicate name the customer kept, so the inbox shows
 * and filters them under it (the cases themselves are counted by their own components; finished
 * cases keep the name they had).
 */
@ApplicationScoped
public class CaseCustomers implements CustomerParts {

    @Inject
    RuntimeService runtime;

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Part> of(long customerId) {
        return List.of();
    }

    @Override
    public void moveTo(long droppedId, long keptId, String by) {
        Customer kept = em.find(Customer.class, keptId);
        for (ProcessInstance running : runtime.createProcessInstanceQuery().variableValueEquals(CaseVariables.CUSTOMER_ID, droppedId).list()) {
            runtime.setVariable(running.getId(), CaseVariables.CUSTOMER_ID, keptId);
            runtime.setVariable(running.getId(), CaseVariables.CUSTOMER_NAME, kept.name());
        }
    }
}
