package accord.security.control;

import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.platform.control.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The standing of a signed-in person, established on every request. Kept per person together with
 * the version of their directory record; each request asks the database for that version only (one
 * indexed row), so a role change, a password reset or a deactivation counts at the next request,
 * on every node, without reading the record again while nothing changed.
 */
@ApplicationScoped
public class Callers {

    /**
     * What a request may do as this person: their groups (role names); the stamp of their current
     * password (a session signed in with an older password is signed out); whether they must choose
     * a new password before anything else.
     */
    public record Standing(Set<String> groups, String passwordStamp, boolean mustChangePassword) {
    }

    private record Known(long version, Standing standing) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    /** The person's standing, or empty when they are no longer an active employee. */
    public Optional<Standing> standingOf(String login) {
        Optional<Long> version = em.createQuery(
                        "select e.version from Employee e where e.login = :login and e.active = true", Long.class)
                .setParameter("login", login).getResultStream().findFirst();
        if (version.isEmpty()) {
            known.remove(login);
            return Optional.empty();
        }
        Known cached = known.get(login);
        if (cached != null && cached.version() == version.get()) {
            return Optional.of(cached.standing());
        }
        return em.createNamedQuery(Employee.BY_LOGIN, Employee.class).setParameter("login", login)
                .getResultStream().findFirst().filter(Employee::isActive).map(employee -> {
                    Known fresh = new Known(employee.version(), standingOf(employee));
                    known.put(login, fresh);
                    return fresh.standing();
                });
    }

    static Standing standingOf(Employee employee) {
        return new Standing(groupsOf(employee), stampOf(employee.passwordHash()), employee.passwordChangeRequired());
    }

    static Set<String> groupsOf(Employee employee) {
        return employee.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    /** A short fingerprint of a password hash, kept in the session instead of the hash itself. */
    public static String stampOf(String passwordHash) {
        return Secrets.sha256Hex(passwordHash).substring(0, 24);
    }
}
