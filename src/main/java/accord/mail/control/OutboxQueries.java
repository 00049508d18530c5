package accord.mail.control;

import accord.mail.entity.MailState;
import accord.mail.entity.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** The outbox as administrators read it: newest first, by state, a page at a time. */
@ApplicationScoped
public class OutboxQueries {

    @PersistenceContext
    EntityManager em;

    public List<OutboxMail> page(MailState state, int first, int size) {
        return query("select m from OutboxMail m", state, " order by m.createdAt desc, m.id desc", OutboxMail.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(MailState state) {
        return query("select count(m) from OutboxMail m", state, "", Long.class).getSingleResult();
    }

    public Optional<OutboxMail> byId(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    private <T> TypedQuery<T> query(String select, MailState state, String order, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + (state == null ? "" : " where m.state = :state") + order, type);
        return state == null ? query : query.setParameter("state", state);
    }
}
