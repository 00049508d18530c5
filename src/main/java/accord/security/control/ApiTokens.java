package accord.security.control;

import static accord.platform.control.Input.blank;

import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditTrail;
import accord.platform.control.AuditWording;
import accord.platform.control.Secrets;
import accord.platform.entity.AuditAction;
import accord.platform.entity.UtcTime;
import accord.security.entity.ApiToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * API tokens: a person issues them for themselves, ADMIN for anyone (a service account is a person
 * of the directory who never signs in: "Call centre telephony" with the customer-service role). A
 * token is shown once; only its SHA-256 is kept. It acts exactly as its owner, while the owner is
 * active and until it is revoked.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    /** A token as issued: the secret, to be shown once, and its record. */
    public record Issued(String token, ApiToken record) {
    }

    /** Tokens start so, which lets a secret scanner or a person tell an Accord token from others. */
    public static final String PREFIX = "acc_";

    private static final Pattern TOKEN = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    public Issued issue(Actor by, String owner, String label) {
        if (owner == null || !(by.admin() || by.login().equals(owner))) {
            AccessRefusals.record(by.login(), AuditWording.of("audit.act.issueToken", owner), "apiToken.refused.owner");
            throw new AccountRefused("owner", "apiToken.refused.owner");
        }
        if (directory.employee(owner).filter(Employee::isActive).isEmpty()) {
            throw new AccountRefused("owner", "apiToken.refused.owner");
        }
        if (blank(label) || label.strip().length() > 100) {
            throw new AccountRefused("label", "apiToken.refused.label");
        }
        String token = PREFIX + Secrets.urlToken(32);
        ApiToken record = new ApiToken(Secrets.sha256Hex(token), token.substring(0, 10), owner, label.strip(), by.login(), Instant.now());
        em.persist(record);
        audit.recordAs(by.login(), AuditAction.API_TOKEN_ISSUED, owner, record.getShownPrefix() + "… " + record.getLabel());
        LOG.info(() -> "API token " + record.getShownPrefix() + "… issued for " + owner + " by " + by.login());
        return new Issued(token, record);
    }

    /** The token's record when it may be used now (known, not revoked); its use noted. */
    public Optional<ApiToken> use(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<ApiToken> record = em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", Secrets.sha256Hex(token)).getResultStream().findFirst().filter(t -> !t.isRevoked());
        Instant now = Instant.now();
        record.filter(t -> t.useWorthNoting(now)).ifPresent(t -> em.createQuery("update ApiToken t set t.lastUsedAt = :now"
                        + " where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt <= :before)")
                .setParameter("now", UtcTime.utc(now)).setParameter("id", t.getId())
                .setParameter("before", ApiToken.noteUsesBefore(now)).executeUpdate());
        return record;
    }

    public List<ApiToken> of(String owner) {
        return em.createQuery("select t from ApiToken t where t.owner = :owner order by t.issuedAt desc", ApiToken.class)
                .setParameter("owner", owner).getResultList();
    }

    public List<ApiToken> all(Actor by) {
        if (!by.admin()) {
            return of(by.login());
        }
        return em.createQuery("select t from ApiToken t order by t.issuedAt desc", ApiToken.class)
                .setMaxResults(500).getResultList();
    }

    /** The owner or ADMIN revokes a token; it stops working at once, on every node. */
    public void revoke(Actor by, long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !(by.admin() || by.login().equals(token.getOwner()))) {
            throw new AccountRefused(null, "apiToken.refused.notYours");
        }
        token.revoke(by.login(), Instant.now());
        audit.recordAs(by.login(), AuditAction.API_TOKEN_REVOKED, token.getOwner(), token.getShownPrefix() + "… " + token.getLabel());
        LOG.info(() -> "API token " + token.getShownPrefix() + "… of " + token.getOwner() + " revoked by " + by.login());
    }
}
