package accord.promotion.control;

import accord.organisation.control.Actor;
import accord.organisation.entity.Role;
import accord.promotion.entity.Nomination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The nominations a person may see, asked of the database with the rule of NominationAccess:
 * HR and ADMIN all but their own as nominee; others those they nominated, approve as head, or
 * approve as sales director where the chain asks for one. Newest first.
 */
@ApplicationScoped
public class NominationRegister {

    @PersistenceContext
    EntityManager em;

    /** Submitted in [from, to) (UTC), either bound may be null. */
    public List<Nomination> visible(Actor actor, LocalDateTime from, LocalDateTime to) {
        StringBuilder jpql = new StringBuilder("select n from Nomination n join fetch n.nominee e left join fetch e.department"
                + " where e.login <> :me");
        if (!NominationAccess.keepsPromotions(actor)) {
            jpql.append(" and (n.nominator = :me or n.headApprover = :me");
            if (actor.isIn(Role.SALES_DIRECTOR.name())) {
                jpql.append(" or n.directorNeeded = true");
            }
            jpql.append(")");
        }
        if (from != null) {
            jpql.append(" and n.submittedAt >= :from");
        }
        if (to != null) {
            jpql.append(" and n.submittedAt < :to");
        }
        TypedQuery<Nomination> query = em.createQuery(jpql + " order by n.submittedAt desc", Nomination.class)
                .setParameter("me", actor.login());
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.getResultList();
    }

    /** The nomination with this number and its nominee, whoever may see it (the caller checks). */
    public java.util.Optional<Nomination> byNumber(String number) {
        return em.createQuery("select n from Nomination n join fetch n.nominee where n.number = :number", Nomination.class)
                .setParameter("number", String.valueOf(number)).getResultStream().findFirst();
    }

    /** A person's nominations, newest first, whoever may see them (the caller filters). */
    public List<Nomination> ofNominee(long employeeId) {
        return em.createQuery("select n from Nomination n where n.nominee.id = :id order by n.submittedAt desc", Nomination.class)
                .setParameter("id", employeeId).getResultList();
    }
}
