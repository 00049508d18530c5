package accord.promotion.control;

import accord.casefile.control.CaseVisibility;
import accord.organisation.control.Actor;
import accord.promotion.entity.Nomination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A nomination's case (history, files, diagram) is seen by those who may see the nomination. */
@ApplicationScoped
public class PromotionVisibility implements CaseVisibility {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean canSee(Actor actor, String processInstanceId) {
        return em.createQuery("select n from Nomination n join fetch n.nominee where n.processInstanceId = :id", Nomination.class)
                .setParameter("id", processInstanceId).getResultStream()
                .anyMatch(nomination -> NominationAccess.maySee(actor, nomination));
    }
}
