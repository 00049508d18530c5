package accord.mail.control;

import accord.mail.entity.DecisionLink;
import accord.platform.control.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/**
 * The decision buttons of mails: issued with the mail in the step's transaction, opened by the
 * confirmation page (which changes nothing), and spent in the transaction of the decision itself, so
 * a decision that is refused or rolls back leaves its link usable. A link is current while its task
 * is open and held by the person it was sent to.
 */
@ApplicationScoped
public class DecisionLinks {

    /** What a link is worth now, for the person who opened it. */
    public enum State { VALID, UNKNOWN, NOT_YOURS, USED, EXPIRED, NOT_CURRENT }

    /** The link and its state; the link is null when it is unknown (mistyped, cut or altered). */
    public record Opened(State state, DecisionLink link) {
    }

    /** A link that cannot be spent, and why. */
    public static class LinkRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final State state;

        public LinkRefused(State state) {
            super("Decision link " + state);
            this.state = state;
        }

        public State state() {
            return state;
        }
    }

    /** 32 random bytes as URL-safe Base64: 43 characters. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskService tasks;

    /** A new link for this person to take this decision on this task; the token goes into their mail only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(String login, String taskId, String decision) {
        String token = Secrets.urlToken(32);
        Instant now = Instant.now();
        em.persist(new DecisionLink(Secrets.sha256Hex(token), login, taskId, decision, now, now.plus(lifetime())));
        return token;
    }

    /** What the link is now for this person; reads only. */
    public Opened open(String token, String login) {
        return check(find(token, LockModeType.NONE), login);
    }

    /** Spends the link in the caller's transaction, locked against a second click or a second node. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DecisionLink use(String token, String login) {
        Opened opened = check(find(token, LockModeType.PESSIMISTIC_WRITE), login);
        if (opened.state() != State.VALID) {
            throw new LinkRefused(opened.state());
        }
        opened.link().use(Instant.now());
        return opened.link();
    }

    private DecisionLink find(String token, LockModeType lock) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return null;
        }
        return em.createQuery("select l from DecisionLink l where l.tokenHash = :hash", DecisionLink.class)
                .setParameter("hash", Secrets.sha256Hex(token)).setLockMode(lock).getResultStream().findFirst().orElse(null);
    }

    /** Whose it is comes first: to anyone else a link says nothing of its task or its use. */
    private Opened check(DecisionLink link, String login) {
        if (link == null) {
            return new Opened(State.UNKNOWN, null);
        }
        if (!link.getRecipient().equals(login)) {
            return new Opened(State.NOT_YOURS, link);
        }
        if (link.isUsed()) {
            return new Opened(State.USED, link);
        }
        if (link.hasExpired(Instant.now())) {
            return new Opened(State.EXPIRED, link);
        }
        Task task = tasks.createTaskQuery().taskId(link.getTaskId()).singleResult();
        return new Opened(task != null && login.equals(task.getAssignee()) ? State.VALID : State.NOT_CURRENT, link);
    }

    /** How long a link works: {@code accord.mail.link-hours}, 72 unless set. */
    private static Duration lifetime() {
        return Duration.ofHours(ConfigProvider.getConfig().getOptionalValue("accord.mail.link-hours", Integer.class).orElse(72));
    }
}
