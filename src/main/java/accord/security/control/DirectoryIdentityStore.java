package accord.security.control;

import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.platform.control.AuditTrail;
import accord.platform.control.AuditWording;
import accord.platform.entity.AuditAction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a login and password against the organisation directory: a local account against its
 * stored hash, a person the company's directory keeps against that directory (LDAP). Only active
 * employees sign in; their roles become the caller's groups (mapped one to one onto the declared roles).
 */
@ApplicationScoped
public class DirectoryIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(DirectoryIdentityStore.class.getName());

    @Inject
    Directory directory;

    @Inject
    Passwords passwords;

    @Inject
    SignInThrottle throttle;

    @Inject
    Instance<DirectoryPasswords> companyDirectory;

    @Inject
    AuditTrail audit;

    // Checking unknown logins against a real hash keeps them as slow as a wrong password.
    private String unknownLoginHash;

    @PostConstruct
    void prepare() {
        unknownLoginHash = passwords.hash(UUID.randomUUID().toString().toCharArray());
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String login = credential.getCaller() == null ? "" : credential.getCaller().trim().toLowerCase();
        if (!throttle.waitBeforeNextAttempt(login).isZero()) {
            remember(() -> audit.recordAs(login, AuditAction.SIGN_IN_FAILED, login, AuditWording.of("audit.said.signIn.waiting").stored()));
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<Employee> employee = directory.employee(login).filter(Employee::isActive);
        boolean matches;
        if (employee.isPresent() && employee.get().isKeptByDirectory()) {
            DirectoryPasswords.Check check = companyDirectory.isResolvable()
                    ? companyDirectory.get().check(login, credential.getPassword().getValue()) : DirectoryPasswords.Check.UNAVAILABLE;
            if (check == DirectoryPasswords.Check.UNAVAILABLE) {
                remember(() -> audit.recordAs(login, AuditAction.SIGN_IN_FAILED, login, AuditWording.of("audit.said.signIn.directoryAway").stored()));
                return CredentialValidationResult.INVALID_RESULT; // not the person's failure: not counted against them
            }
            matches = check == DirectoryPasswords.Check.MATCHES;
        } else {
            String hash = employee.map(Employee::passwordHash).orElse(unknownLoginHash);
            matches = passwords.matches(credential.getPassword().getValue(), hash);
        }
        if (employee.isEmpty() || !matches) {
            remember(() -> throttle.recordFailure(login));
            String why = AuditWording.of(employee.isEmpty() ? "audit.said.signIn.unknown" : "audit.said.signIn.wrongPassword").stored();
            remember(() -> audit.recordAs(login, AuditAction.SIGN_IN_FAILED, login, why));
            return CredentialValidationResult.INVALID_RESULT;
        }
        remember(() -> throttle.recordSuccess(login));
        remember(() -> audit.recordAs(login, AuditAction.SIGNED_IN, login, null));
        return new CredentialValidationResult(login, Callers.groupsOf(employee.get()));
    }

    // The throttle and the audit trail write in transactions of their own; if one fails (two attempts
    // racing for a new throttle row, the database gone), the answer to this attempt stands.
    private static void remember(Runnable throttleUpdate) {
        try {
            throttleUpdate.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record a sign-in attempt", e);
        }
    }
}
