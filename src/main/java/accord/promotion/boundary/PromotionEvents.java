package accord.promotion.boundary;

import accord.grading.control.GradeHistory;
import accord.grading.control.GradeLadder;
import accord.grading.entity.Grade;
import accord.notice.control.Notices;
import accord.promotion.control.Eligibility;
import accord.promotion.control.Evidence;
import accord.promotion.control.PromotionProcess;
import accord.promotion.entity.Nomination;
import accord.workflow.control.ProcessBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.logging.Logger;
import org.flowable.engine.delegate.DelegateExecution;

/**
 * What the promotion process does by itself, inside the engine's transaction: check eligibility
 * on the frozen evidence, change the grade on the effective day (and tell nominator and nominee),
 * tell the nominator of a rejection. Each method joins the engine's transaction (MANDATORY).
 */
@ApplicationScoped
public class PromotionEvents implements ProcessBean {

    @Override
    public String name() {
        return "promotionEvents";
    }

    private static final Logger LOG = Logger.getLogger(PromotionEvents.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Eligibility eligibility;

    @Inject
    GradeLadder ladder;

    @Inject
    GradeHistory grades;

    @Inject
    Notices notices;

    @Transactional(Transactional.TxType.MANDATORY)
    public void checkEligibility(DelegateExecution execution) {
        Nomination nomination = nomination(execution);
        Grade target = ladder.find(nomination.getToGrade()).orElseThrow();
        nomination.eligibilityChecked(Eligibility.encode(eligibility.check(target, Evidence.read(nomination.getEvidence()))));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyGrade(DelegateExecution execution) {
        Nomination nomination = nomination(execution);
        Instant now = Instant.now();
        Object setBy = execution.getVariable("effectiveSetBy");
        grades.change(nomination.getNominee().id(), nomination.getToGrade(), nomination.getEffectiveOn(),
                setBy == null ? "system" : setBy.toString(), now, nomination.getNumber());
        nomination.promoted(now);
        String link = "/people/view.xhtml?login=" + nomination.getNominee().login();
        Grade grade = ladder.find(nomination.getToGrade()).orElseThrow();
        // Both names of the grade: each language's message picks its own.
        notices.tell(nomination.getNominator(), "notice.promotion.promotedNominator", "/promotions/view.xhtml?number="
                + nomination.getNumber(), nomination.getNominee().displayName(), grade.getNameZh(), grade.getNameEn());
        notices.tell(nomination.getNominee().login(), "notice.promotion.promoted", link, nomination.getEffectiveOn().toString(),
                grade.getNameZh(), grade.getNameEn());
        LOG.info(() -> nomination.getNumber() + ": " + nomination.getNominee().login() + " is " + nomination.getToGrade()
                + " from " + nomination.getEffectiveOn());
    }

    /** The step that rejected it stored the reason; the nominator is told, the nominee learns the outcome on their page. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rejected(DelegateExecution execution) {
        Nomination nomination = nomination(execution);
        notices.tell(nomination.getNominator(), "notice.promotion.rejected", "/promotions/view.xhtml?number="
                + nomination.getNumber(), nomination.getNominee().displayName(), nomination.getNumber());
        Grade grade = ladder.find(nomination.getToGrade()).orElseThrow();
        notices.tell(nomination.getNominee().login(), "notice.promotion.notApproved",
                "/people/view.xhtml?login=" + nomination.getNominee().login(), "", grade.getNameZh(), grade.getNameEn());
    }

    private Nomination nomination(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(PromotionProcess.ID_VARIABLE)).longValue();
        return em.find(Nomination.class, id, LockModeType.PESSIMISTIC_WRITE);
    }
}
