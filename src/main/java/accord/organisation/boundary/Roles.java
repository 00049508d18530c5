package accord.organisation.boundary;

import accord.platform.control.AuditWording;
import accord.platform.entity.AuditAction;
import accord.platform.control.AuditTrail;
import static accord.platform.control.Input.stripped;

import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.control.DirectoryOwnedRoles;
import accord.organisation.control.DirectoryRefused;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.organisation.entity.RoleChange;
import accord.platform.control.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * ADMIN grants and revokes roles, each with a reason kept in the person's role history. A change
 * counts at the person's next request (their record's version moves; see security's Callers).
 */
@ApplicationScoped
@Transactional
public class Roles {

    private static final Logger LOG = Logger.getLogger(Roles.class.getName());

    /** A role change as typed (components named as the form's fields). */
    public record Change(
            @NotNull(message = "roles.refused.role") Role role,
            @NotBlank(message = "roles.refused.reason") @Size(max = 500, message = "roles.refused.reason") String reason) {

        public Change {
            reason = stripped(reason);
        }
    }

    /**
     * The reason the portal gives for a role a new person starts with: kept as this bundle key, so
     * that each reader sees it in their own language.
     */
    public static final String CREATED = "roles.reason.created";
    /** The same for a role the directory's groups give or take (LDAP synchronisation). */
    public static final String FROM_DIRECTORY = "roles.reason.directory";

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    Instance<DirectoryOwnedRoles> ownedRoles;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    public void grant(Actor admin, String login, Change change) {
        Employee person = changeable(admin, login, change);
        if (person.has(change.role())) {
            throw new DirectoryRefused("role", "roles.refused.held");
        }
        person.grant(change.role());
        record(admin, person, change, true);
    }

    public void revoke(Actor admin, String login, Change change) {
        Employee person = changeable(admin, login, change);
        if (!person.has(change.role())) {
            throw new DirectoryRefused("role", "roles.refused.notHeld");
        }
        if (change.role() == Role.STAFF) {
            throw new DirectoryRefused("role", "roles.refused.staff");
        }
        if (change.role() == Role.ADMIN && directory.otherActiveAdministrators(person) == 0) {
            throw new DirectoryRefused("role", "roles.refused.lastAdmin");
        }
        person.revoke(change.role());
        record(admin, person, change, false);
    }

    /** The person's role history, newest first. */
    public List<RoleChange> historyOf(String login) {
        return em.createQuery("select c from RoleChange c where c.employee.login = :login order by c.changedAt desc, c.id desc",
                RoleChange.class).setParameter("login", login).getResultList();
    }

    private Employee changeable(Actor admin, String login, Change change) {
        if (!admin.admin()) {
            throw new DirectoryRefused(null, "roles.refused.notAdmin");
        }
        FieldRules.check(change, DirectoryRefused::new);
        // Locked, so two administrators changing the same person's roles are applied one after the other; the
        // forced version step is what tells every node's sign-in cache that the roles changed.
        Employee person = em.createNamedQuery(Employee.BY_LOGIN, Employee.class).setParameter("login", login)
                .setLockMode(LockModeType.PESSIMISTIC_FORCE_INCREMENT).getResultStream().findFirst()
                .orElseThrow(() -> new DirectoryRefused(null, "people.notFound"));
        if (!person.isActive()) {
            throw new DirectoryRefused(null, "roles.refused.inactive");
        }
        if (person.isKeptByDirectory() && !FROM_DIRECTORY.equals(change.reason()) && ownedRoles.stream()
                .anyMatch(owned -> owned.fromGroups().contains(change.role()))) {
            throw new DirectoryRefused("role", "roles.refused.directoryOwned");
        }
        return person;
    }

    private void record(Actor admin, Employee person, Change change, boolean granted) {
        em.persist(new RoleChange(person, change.role(), granted, change.reason(), admin.login(), Instant.now(clock)));
        audit.recordAs(admin.login(), granted ? AuditAction.ROLE_GRANTED : AuditAction.ROLE_REVOKED, person.login(),
                AuditWording.of("audit.said.because", AuditWording.key("role." + change.role()), change.reason()).stored());
        LOG.info(() -> admin.login() + (granted ? " granted " : " revoked ") + change.role() + (granted ? " to " : " from ")
                + person.login() + ": " + change.reason());
    }
}
