package accord.notice.control;

import accord.notice.entity.Notice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Telling people: a notice written in the caller's transaction, so it exists only if what it tells of
 * happened; {@link NoticeWritten} lets other channels tell them too.
 */
@ApplicationScoped
public class Notices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<NoticeWritten> written;

    public void tell(String recipient, String messageKey, String link, String... arguments) {
        em.persist(new Notice(recipient, messageKey, link, Instant.now(), arguments));
        written.fire(new NoticeWritten(recipient, messageKey, link, arguments));
    }

    /** The person's unread notices, newest first. */
    public List<Notice> unread(String recipient) {
        return em.createQuery("select n from Notice n where n.recipient = :recipient and n.readAt is null"
                + " order by n.createdAt desc, n.id desc", Notice.class).setParameter("recipient", recipient)
                .setMaxResults(50).getResultList();
    }

    /** Marks one of the person's own notices read; another person's notice is left alone. */
    public void markRead(String recipient, long noticeId) {
        Notice notice = em.find(Notice.class, noticeId);
        if (notice != null && notice.getRecipient().equals(recipient)) {
            notice.read(Instant.now());
        }
    }
}
