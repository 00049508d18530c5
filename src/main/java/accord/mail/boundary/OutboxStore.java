package accord.mail.boundary;

import accord.mail.entity.MailState;
import accord.mail.entity.OutboxMail;
import accord.platform.entity.UtcTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sender's side of the outbox, each call its own short transaction: which mails are due, one
 * claimed for this node for a while (a conditional update: of two nodes only one gets it), and how
 * sending it went. A node that dies while sending leaves the claim to run out; another node sends.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxStore {

    /** How long a claimed mail is left to its node before another may send it. */
    static final Duration CLAIM = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    public List<Long> due(Instant now, int max) {
        return em.createQuery("select m.id from OutboxMail m where (m.state = :pending and m.nextAttemptAt <= :now)"
                + " or (m.state = :sending and m.claimedUntil < :now) order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", MailState.PENDING).setParameter("sending", MailState.SENDING)
                .setParameter("now", UtcTime.utc(now)).setMaxResults(max).getResultList();
    }

    /** The mail, if this node got it: no other node is sending it, and it is still to be sent. */
    public Optional<OutboxMail> claim(long id, Instant now) {
        int claimed = em.createQuery("update OutboxMail m set m.state = :sending, m.claimedUntil = :until, m.version = m.version + 1"
                + " where m.id = :id and ((m.state = :pending and m.nextAttemptAt <= :now) or (m.state = :sending and m.claimedUntil < :now))")
                .setParameter("sending", MailState.SENDING).setParameter("pending", MailState.PENDING)
                .setParameter("until", UtcTime.utc(now.plus(CLAIM))).setParameter("now", UtcTime.utc(now)).setParameter("id", id)
                .executeUpdate();
        return claimed == 1 ? Optional.of(em.find(OutboxMail.class, id)) : Optional.empty();
    }

    public void sent(long id, Instant at) {
        em.find(OutboxMail.class, id).sent(at);
    }

    public void failed(long id, String error, Instant at) {
        em.find(OutboxMail.class, id).failed(error, at);
    }
}
