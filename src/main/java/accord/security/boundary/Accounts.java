package accord.security.boundary;

import accord.platform.entity.AuditAction;
import accord.platform.control.AuditTrail;
import accord.organisation.control.Actor;
import accord.organisation.entity.Employee;
import accord.security.control.AccountRefused;
import accord.security.control.Callers;
import accord.security.control.PasswordRules;
import accord.security.control.Passwords;
import accord.security.control.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/** Local sign-in accounts: a person changes their own password, an ADMIN resets someone's. */
@ApplicationScoped
@Transactional
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditTrail audit;

    /**
     * The person replaces their password: the current one proves it is them (and counts as a failed
     * sign-in when wrong, so a forgotten session cannot be used to guess it). Returns the new
     * password's stamp, which keeps this session signed in while every other is signed out.
     */
    public String changeOwn(String login, String current, String next, String repeat) {
        Employee person = em.createNamedQuery(Employee.BY_LOGIN, Employee.class).setParameter("login", login)
                .getResultStream().findFirst().filter(Employee::isActive)
                .orElseThrow(() -> new AccountRefused(null, "password.refused.noAccount"));
        if (person.isKeptByDirectory()) {
            throw new AccountRefused(null, "password.refused.directory");
        }
        if (!throttle.waitBeforeNextAttempt(login).isZero()) {
            throw new AccountRefused("current", "password.refused.wait");
        }
        if (current == null || !passwords.matches(current.toCharArray(), person.passwordHash())) {
            throttle.recordFailure(login);
            throw new AccountRefused("current", "password.refused.current");
        }
        PasswordRules.broken(next, login).ifPresent(key -> {
            throw new AccountRefused("next", key, PasswordRules.MINIMUM_LENGTH, PasswordRules.MAXIMUM_LENGTH);
        });
        if (next.equals(current)) {
            throw new AccountRefused("next", "password.refused.same");
        }
        if (!next.equals(repeat)) {
            throw new AccountRefused("repeat", "password.refused.repeat");
        }
        person.changePasswordHash(passwords.hash(next.toCharArray()));
        LOG.info(() -> login + " changed their password");
        return Callers.stampOf(person.passwordHash());
    }

    /**
     * An ADMIN gives a person a temporary password, shown once to the ADMIN to hand over: the
     * person's sessions end and at their next sign-in they must choose their own.
     */
    public String reset(Actor admin, String login) {
        if (!admin.admin()) {
            throw new AccountRefused(null, "password.refused.notAdmin");
        }
        if (admin.login().equals(login)) {
            throw new AccountRefused(null, "password.refused.ownReset");
        }
        Employee person = em.createNamedQuery(Employee.BY_LOGIN, Employee.class).setParameter("login", login)
                .getResultStream().findFirst().filter(Employee::isActive)
                .orElseThrow(() -> new AccountRefused(null, "password.refused.noAccount"));
        if (person.isKeptByDirectory()) {
            throw new AccountRefused(null, "password.refused.directory");
        }
        String temporary = Passwords.temporary();
        person.resetPasswordHash(passwords.hash(temporary.toCharArray()));
        throttle.forgetLogin(login); // a person locked out by failures can use the new password at once, wherever they are
        audit.recordAs(admin.login(), AuditAction.PASSWORD_RESET, login, null);
        LOG.info(() -> admin.login() + " reset the password of " + login);
        return temporary;
    }
}
