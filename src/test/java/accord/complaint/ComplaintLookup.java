package accord.complaint;

import accord.complaint.entity.Complaint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Test helper: a complaint as the database has it now. */
@ApplicationScoped
@Transactional
public class ComplaintLookup {

    @PersistenceContext
    EntityManager em;

    public Complaint find(long id) {
        Complaint complaint = em.find(Complaint.class, id);
        em.refresh(complaint);
        return complaint;
    }
}
