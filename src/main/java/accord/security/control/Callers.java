package accord.security.control;

import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The groups of a signed-in person, established on every request. Kept per person together with
 * the version of their directory record; each request asks the database for that version only (one
 * indexed row), so a role change or a deactivation counts at the next request, on every node,
 * without reading the roles again while nothing changed.
 */
@ApplicationScoped
public class Callers {

    private record Known(long version, Set<String> groups) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    /** The person's groups (their role names), or empty when they are no longer an active employee. */
    public Optional<Set<String>> groupsOf(String login) {
        Optional<Long> version = em.createQuery(
                        "select e.version from Employee e where e.login = :login and e.active = true", Long.class)
                .setParameter("login", login).getResultStream().findFirst();
        if (version.isEmpty()) {
            known.remove(login);
            return Optional.empty();
        }
        Known cached = known.get(login);
        if (cached != null && cached.version() == version.get()) {
            return Optional.of(cached.groups());
        }
        return em.createNamedQuery(Employee.BY_LOGIN, Employee.class).setParameter("login", login)
                .getResultStream().findFirst().filter(Employee::isActive).map(employee -> {
                    Known fresh = new Known(employee.version(), groupsOf(employee));
                    known.put(login, fresh);
                    return fresh.groups();
                });
    }

    static Set<String> groupsOf(Employee employee) {
        return employee.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
