package accord.people.boundary;

import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.control.DirectoryRefused;
import accord.organisation.control.PersonalWork;
import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.platform.control.AuditTrail;
import accord.platform.control.AuditWording;
import accord.platform.entity.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A person leaves (ADMIN): the work they hold, of every component ({@link PersonalWork}), goes to a
 * successor and the person is deactivated, in one transaction: nothing is left with someone who
 * can no longer act, and nothing moves if the deactivation is refused.
 */
@ApplicationScoped
@Transactional
public class Departures {

    private static final Logger LOG = Logger.getLogger(Departures.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Inject
    @Any
    Instance<PersonalWork> kinds;

    Clock clock = Clock.systemUTC();

    /** Everything the person holds now, of every kind. */
    public List<PersonalWork.Item> workOf(String login) {
        List<PersonalWork.Item> items = new ArrayList<>();
        kinds.forEach(kind -> items.addAll(kind.heldBy(login)));
        return items;
    }

    /** The active departments the person heads: another head comes first. */
    public List<Department> headships(String login) {
        return em.createQuery("select d from Department d where d.head.login = :login and d.active = true order by d.code",
                Department.class).setParameter("login", login).getResultList();
    }

    /** Hands everything the person holds to the successor and deactivates them. */
    public void deactivate(Actor admin, String login, String successor) {
        // Locked before the checks: two administrators deactivating the same person are applied one after the other.
        Optional<Employee> locked = em.createNamedQuery(Employee.BY_LOGIN, Employee.class).setParameter("login", login)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        Optional<DirectoryRefused> refused = refusal(admin, login, successor);
        if (refused.isPresent()) {
            throw refused.get();
        }
        Employee person = locked.orElseThrow();
        if (!workOf(login).isEmpty()) {
            kinds.forEach(kind -> kind.handOver(login, successor, admin.login()));
        }
        person.deactivate(admin.login(), Instant.now(clock));
        audit.recordAs(admin.login(), AuditAction.PERSON_LEFT, login, successor == null ? null
                : AuditWording.of("audit.said.workTo", successor).stored());
        LOG.info(() -> admin.login() + " deactivated " + login + (successor == null ? "" : "; work to " + successor));
    }

    /** Why the person cannot leave now with this successor, if they cannot (so a caller can ask without failing). */
    public Optional<DirectoryRefused> refusal(Actor admin, String login, String successor) {
        if (!admin.admin()) {
            return Optional.of(new DirectoryRefused(null, "departure.refused.notAdmin"));
        }
        if (admin.login().equals(login)) {
            return Optional.of(new DirectoryRefused(null, "departure.refused.self"));
        }
        Optional<Employee> person = em.createNamedQuery(Employee.BY_LOGIN, Employee.class).setParameter("login", login)
                .getResultStream().findFirst().filter(Employee::isActive);
        if (person.isEmpty()) {
            return Optional.of(new DirectoryRefused(null, "departure.refused.inactive"));
        }
        List<Department> headed = headships(login);
        if (!headed.isEmpty()) {
            return Optional.of(new DirectoryRefused(null, "departure.refused.head", headed.get(0).code()));
        }
        if (person.get().has(Role.ADMIN) && directory.otherActiveAdministrators(person.get()) == 0) {
            return Optional.of(new DirectoryRefused(null, "roles.refused.lastAdmin"));
        }
        return workOf(login).isEmpty() ? Optional.empty() : successorRefusal(login, successor);
    }

    private Optional<DirectoryRefused> successorRefusal(String login, String successor) {
        boolean fit = successor != null && !successor.equals(login) && em.createNamedQuery(Employee.BY_LOGIN, Employee.class)
                .setParameter("login", successor).getResultStream().findFirst().filter(Employee::isActive).isPresent();
        if (!fit) {
            return Optional.of(new DirectoryRefused("successor", "departure.refused.successor"));
        }
        for (PersonalWork kind : kinds) {
            Optional<String> why = kind.refusesSuccessor(login, successor);
            if (why.isPresent()) {
                return Optional.of(new DirectoryRefused("successor", why.get()));
            }
        }
        return Optional.empty();
    }
}
