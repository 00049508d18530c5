package accord.promotion.control;

import accord.grading.control.GradeLadder;
import accord.grading.entity.Grade;
import accord.promotion.entity.Nomination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the promotion tables' replays share: the nominations submitted since, and their target grade. */
@ApplicationScoped
public class PromotionTables {

    @PersistenceContext
    EntityManager em;

    @Inject
    GradeLadder ladder;

    public List<Nomination> since(Instant since) {
        return em.createQuery("select n from Nomination n where n.submittedAt >= :since order by n.submittedAt", Nomination.class)
                .setParameter("since", accord.platform.entity.UtcTime.utc(since)).getResultList();
    }

    public Optional<Grade> target(Nomination nomination) {
        return ladder.find(nomination.getToGrade());
    }

    public static String link(Nomination nomination) {
        return "/promotions/view.xhtml?number=" + nomination.getNumber();
    }
}
