package accord.operations;

import accord.organisation.entity.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Test helper: a person deactivated as the directory's sync may do it, without handing over their work. */
@ApplicationScoped
@Transactional
public class CaseActionsFixture {

    @PersistenceContext
    EntityManager em;

    public void deactivateWithoutHandover(String login) {
        em.createNamedQuery(Employee.BY_LOGIN, Employee.class).setParameter("login", login).getSingleResult()
                .deactivate("directory-sync", java.time.Instant.now());
    }
}
