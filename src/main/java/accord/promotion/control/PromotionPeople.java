package accord.promotion.control;

import accord.deputy.control.DeputyRouting;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.workflow.control.ProcessBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;

/**
 * The people a nomination's group steps are offered to, by name so that the nominator and the
 * nominee are never among them (four eyes, and the nominee must not see their own nomination):
 * HR (else ADMIN when HR has nobody left), the sales directors. Called by the process model.
 */
@ApplicationScoped
public class PromotionPeople implements ProcessBean {

    @Override
    public String name() {
        return "promotionPeople";
    }

    @Inject
    Directory directory;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> hr(DelegateExecution execution) {
        List<String> hr = withRole(Role.HR, excluded(execution));
        return hr.isEmpty() ? withRole(Role.ADMIN, excluded(execution)) : hr;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> directors(DelegateExecution execution) {
        return withRole(Role.SALES_DIRECTOR, excluded(execution));
    }

    private List<String> withRole(Role role, Collection<?> excluded) {
        return directory.withRole(role).stream().filter(Employee::isActive).map(Employee::login)
                .filter(login -> !excluded.contains(login)).sorted().toList();
    }

    private static Collection<?> excluded(DelegateExecution execution) {
        Object excluded = execution.getVariable(DeputyRouting.NOT_TO_DEPUTIES);
        return excluded instanceof Collection<?> logins ? logins : List.of();
    }
}
