package accord.operations.control;

import accord.inbox.boundary.HeldTasks;
import accord.organisation.control.Actor;
import accord.organisation.entity.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * People deactivated while work still waits on them: tasks they hold or delegated, or tasks offered
 * to them alone by name. A departure hands work over, but the directory's sync or file import can
 * deactivate someone without a successor, and a case on hold keeps its tasks where they are; nobody
 * else can act on them, so the admin home page shows them until ADMIN moves the work.
 */
@ApplicationScoped
public class LeaversWithWork {

    /** Someone who left, and how many pieces of work still wait on them. */
    public record Leaver(String login, String name, int pieces) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HeldTasks held;

    public List<Leaver> of(Actor admin) {
        OperationsRefused.unlessAdmin(admin);
        @SuppressWarnings("unchecked")
        List<Object> holders = em.createNativeQuery("select ASSIGNEE_ from ACT_RU_TASK where ASSIGNEE_ is not null"
                + " union select OWNER_ from ACT_RU_TASK where OWNER_ is not null and DELEGATION_ = 'PENDING'"
                + " union select L.USER_ID_ from ACT_RU_IDENTITYLINK L join ACT_RU_TASK T on T.ID_ = L.TASK_ID_"
                + " where L.TYPE_ = 'candidate' and L.USER_ID_ is not null and T.ASSIGNEE_ is null").getResultList();
        Set<String> logins = holders.stream().map(String::valueOf).collect(Collectors.toSet());
        if (logins.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from Employee e where e.active = false and e.login in :logins order by e.login",
                        Employee.class).setParameter("logins", logins).getResultList().stream()
                .map(e -> new Leaver(e.login(), e.displayName(), held.heldBy(e.login()).size()))
                .filter(leaver -> leaver.pieces() > 0)
                .toList();
    }
}
