package accord.promotion.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.grading.control.GradeLadder;
import accord.notice.control.Notices;
import accord.promotion.control.PromotionCase;
import accord.promotion.control.PromotionProcess;
import accord.promotion.entity.Nomination;
import accord.promotion.entity.NominationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.flowable.engine.RuntimeService;



/**
 * Nominations that are open while their case has ended (a generic Complete once decided promotion
 * steps without their form and sent the case down its default "rejected" path, leaving the nominee
 * blocked). Each gets a new case that waits at the step the nomination stands at, with a note on
 * the case and a notice to the nominator. Safe on several nodes at once: the nomination's row is
 * locked and the check repeated inside the transaction.
 */
@ApplicationScoped
public class NominationResumption {

    private static final Logger LOG = Logger.getLogger(NominationResumption.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    RuntimeService runtime;

    @Inject
    GradeLadder ladder;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Notices notices;

    /** The ids of open nominations whose case is no longer running. */
    @Transactional
    public List<Long> stranded() {
        return em.createQuery("select n from Nomination n where n.status not in :ended", Nomination.class)
                .setParameter("ended", List.of(NominationStatus.PROMOTED, NominationStatus.REJECTED))
                .getResultStream().filter(this::caseEnded).map(Nomination::getId).toList();
    }

    /** Gives the nomination a new case at its step; false when another node or an earlier call already did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean resume(long nominationId) {
        Nomination nomination = em.find(Nomination.class, nominationId, LockModeType.PESSIMISTIC_WRITE);
        if (nomination == null || !nomination.getStatus().isOpen() || !caseEnded(nomination)) {
            return false;
        }
        String step = PromotionCase.stepOf(nomination.getStatus()).orElseThrow();
        String ended = nomination.getProcessInstanceId();
        Map<String, Object> variables = PromotionCase.startVariables(nomination, ladder.find(nomination.getToGrade()).orElse(null));
        if (nomination.getEffectiveOn() != null) {
            variables.put("effectiveAt", Date.from(nomination.getEffectiveOn().atStartOfDay(calendar.zone()).toInstant()));
        }
        NominationStatus status = nomination.getStatus();
        String caseId = runtime.createProcessInstanceBuilder().processDefinitionKey(PromotionProcess.KEY)
                .businessKey(nomination.getNumber()).name(nomination.getNominee().displayName()).variables(variables)
                .start().getId();
        // The new case starts at HR review (after the eligibility check); move it on to where the nomination stands.
        if (!"hrReview".equals(step)) {
            runtime.createChangeActivityStateBuilder().processInstanceId(caseId).moveActivityIdTo("hrReview", step)
                    .changeState();
        }
        nomination.movedTo(status);
        nomination.startedAs(caseId);
        notices.tell(nomination.getNominator(), "notice.promotion.resumed",
                "/promotions/view.xhtml?number=" + nomination.getNumber(), nomination.getNominee().displayName(),
                nomination.getNumber());
        LOG.warning(() -> nomination.getNumber() + ": its case " + ended + " had ended while it was open ("
                + status + "); resumed as case " + caseId + " at " + step);
        return true;
    }

    private boolean caseEnded(Nomination nomination) {
        return nomination.getProcessInstanceId() == null || runtime.createProcessInstanceQuery()
                .processInstanceId(nomination.getProcessInstanceId()).count() == 0;
    }
}
