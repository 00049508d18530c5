package accord.handoff;

import accord.handoff.entity.Handoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Test helper: a handoff as the database has it now. */
@ApplicationScoped
@Transactional
public class HandoffLookup {

    @PersistenceContext
    EntityManager em;

    public Handoff find(long id) {
        Handoff handoff = em.find(Handoff.class, id);
        em.refresh(handoff);
        return handoff;
    }
}
