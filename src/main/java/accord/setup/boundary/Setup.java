package accord.setup.boundary;

import static accord.platform.control.Input.stripped;
import static accord.platform.entity.UtcTime.utc;

import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.platform.control.FieldRules;
import accord.platform.control.LogText;
import accord.platform.control.MailAddress;
import accord.security.control.PasswordRules;
import accord.security.control.Passwords;
import accord.setup.control.SetupRefused;
import accord.setup.control.SetupTokens;
import accord.setup.entity.SetupToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first start of a company's database: whether it still waits for its first administrator,
 * the one-time tokens that let someone create them, and their creation.
 */
@ApplicationScoped
public class Setup {

    private static final Logger LOG = Logger.getLogger(Setup.class.getName());

    /** The setup form (components named as its fields). */
    public record FirstAdministrator(
            @NotBlank(message = "setup.refused.token") String token,
            @NotBlank(message = "setup.refused.departmentCode") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,29}",
                    message = "setup.refused.departmentCode") String departmentCode,
            @NotBlank(message = "setup.refused.departmentName") @Size(max = 100, message = "setup.refused.departmentName")
            String departmentNameZh,
            @NotBlank(message = "setup.refused.departmentName") @Size(max = 100, message = "setup.refused.departmentName")
            String departmentNameEn,
            @NotBlank(message = "setup.refused.login") @Pattern(regexp = "[a-z][a-z0-9._-]{1,59}", message = "setup.refused.login")
            String login,
            @NotBlank(message = "setup.refused.name") @Size(max = 120, message = "setup.refused.name") String displayName,
            @NotBlank(message = "setup.refused.email") @Size(max = 200, message = "setup.refused.email")
            @MailAddress(message = "setup.refused.email") String email,
            String password,
            String repeat) {

        /** Stored as typed, less the spaces around it; passwords exactly as typed. */
        public FirstAdministrator {
            token = stripped(token);
            departmentCode = stripped(departmentCode);
            departmentNameZh = stripped(departmentNameZh);
            departmentNameEn = stripped(departmentNameEn);
            login = stripped(login);
            displayName = stripped(displayName);
            email = stripped(email);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    @ConfigProperty(name = "accord.setup.token-hours", defaultValue = "24")
    int tokenHours;

    Clock clock = Clock.systemUTC();

    // Once an administrator exists the answer never changes back: no query per request after that.
    private volatile boolean done;

    /** Does this database still wait for its first administrator? */
    public boolean isPending() {
        if (!done && activeAdministrators() > 0) {
            done = true;
        }
        return !done;
    }

    /**
     * A new one-time token for this start of this node (others' stay valid until they expire or
     * one is used); expired ones are cleared. The token is returned once, to be logged.
     */
    @Transactional
    public String issueToken() {
        return issueToken(SetupTokens.newToken());
    }

    /** The same with a token chosen by the operator ({@code accord.setup.token}, for scripted installations). */
    @Transactional
    public String issueToken(String token) {
        Instant now = Instant.now(clock);
        em.createQuery("delete from SetupToken t where t.expiresAt < :now or t.tokenHash = :hash")
                .setParameter("now", utc(now)).setParameter("hash", SetupTokens.hashOf(token)).executeUpdate();
        em.persist(new SetupToken(SetupTokens.hashOf(token), now, now.plus(Duration.ofHours(tokenHours))));
        return token;
    }

    public Duration tokenValidity() {
        return Duration.ofHours(tokenHours);
    }

    /**
     * Creates the first department and its administrator, and uses up every setup token, in one
     * transaction: a token works once, and never once an administrator exists.
     */
    @Transactional
    public Employee complete(FirstAdministrator form) {
        FieldRules.check(form, SetupRefused::new);
        if (activeAdministrators() > 0) {
            throw new SetupRefused(null, "setup.refused.done");
        }
        int used = em.createQuery("delete from SetupToken t where t.tokenHash = :hash and t.expiresAt > :now")
                .setParameter("hash", SetupTokens.hashOf(form.token()))
                .setParameter("now", utc(Instant.now(clock))).executeUpdate();
        if (used != 1) {
            LOG.warning("Setup refused: a wrong or expired setup token");
            throw new SetupRefused("token", "setup.refused.token");
        }
        PasswordRules.broken(form.password(), form.login()).ifPresent(key -> {
            throw new SetupRefused("password", key, PasswordRules.MINIMUM_LENGTH, PasswordRules.MAXIMUM_LENGTH);
        });
        if (!form.password().equals(form.repeat())) {
            throw new SetupRefused("repeat", "password.refused.repeat");
        }
        em.createQuery("delete from SetupToken t").executeUpdate();
        Department department = new Department(form.departmentCode(), form.departmentNameZh(), form.departmentNameEn(), null);
        em.persist(department);
        Employee admin = new Employee(form.login(), form.displayName(), form.email(), department,
                passwords.hash(form.password().toCharArray()));
        admin.grant(Role.ADMIN);
        em.persist(admin);
        em.flush();
        department.appointHead(admin);
        LOG.info(() -> "Setup complete: " + LogText.of(form.login()) + " is the first administrator");
        return admin;
    }

    private long activeAdministrators() {
        return em.createQuery("select count(e) from Employee e join e.roles r where r = :admin and e.active = true", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult();
    }
}
