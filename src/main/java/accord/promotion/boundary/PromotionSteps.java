package accord.promotion.boundary;

import static accord.platform.control.Input.blank;
import static accord.platform.control.Input.stripped;

import accord.calendar.control.WorkingCalendar;
import accord.deputy.control.Absences;
import accord.inbox.boundary.CaseSteps;
import accord.organisation.control.Actor;
import accord.organisation.entity.Role;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.promotion.control.NominationAccess;
import accord.promotion.control.NominationRefused;
import accord.promotion.control.NominationRules;
import accord.promotion.control.PromotionProcess;
import accord.promotion.entity.Nomination;
import accord.promotion.entity.NominationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.flowable.task.api.Task;

/**
 * The steps of a nomination, each in one transaction with the task it completes, under a row lock
 * on the nomination. Nobody acts on a nomination they made or that names them (four eyes), also
 * not when the task reached them as a deputy. HR reviews (approve, reject, ask for more evidence)
 * and sets the effective date; the head (or their deputy) approves; a sales director approves
 * where the chain asks for it. A rejection keeps its reason and step.
 */
@ApplicationScoped
@Transactional
public class PromotionSteps extends CaseSteps<Nomination> {


    /** HR's answer to a nomination. */
    public enum HrDecision { APPROVE, REJECT, RETURN }

    @Inject
    Absences deputies;

    @Inject
    Nominations nominations;

    @Inject
    WorkingCalendar calendar;

    public PromotionSteps() {
        super(PromotionProcess.KEY, PromotionProcess.ID_VARIABLE, Nomination.class);
    }

    public void hrReview(Actor actor, String taskId, HrDecision decision, String reason) {
        Nomination nomination = at(actor, taskId, "hrReview");
        mustKeepPromotions(actor, nomination);
        if (decision == null) {
            throw new NominationRefused("decision", "promotion.refused.decision");
        }
        if (decision != HrDecision.APPROVE && blank(reason)) {
            throw new NominationRefused("reason", "promotion.refused.reason");
        }
        switch (decision) {
            case APPROVE -> nomination.movedTo(nomination.getHeadApprover() != null ? NominationStatus.HEAD_APPROVAL
                    : afterHead(nomination));
            case RETURN -> nomination.returned();
            case REJECT -> nomination.rejected("hrReview", reason.strip(), Instant.now());
        }
        actions.complete(actor, taskId, stripped(reason), Map.of("hrDecision", decision.name()));
    }

    /** HR's decision from the calibration page: the task is claimed first when nobody holds it, in the same transaction. */
    public void claimAndReview(Actor actor, String taskId, HrDecision decision, String reason) {
        if (lookup.task(taskId, actor).getAssignee() == null) {
            actions.claim(actor, taskId);
        }
        hrReview(actor, taskId, decision, reason);
    }

    /** The nominator answers HR: the assessment again, and the evidence counted and frozen anew. */
    public void resubmit(Actor actor, String taskId, Nomination.Assessment assessment) {
        Nomination nomination = at(actor, taskId, "moreEvidence");
        if (!actor.login().equals(nomination.getNominator())) {
            throw refused(actor, nomination, "promotion.refused.notYourStep");
        }
        NominationRules.assessment(assessment, nomination.getLevelsUp());
        nomination.resubmitted(Nominations.tidy(assessment), Instant.now());
        nominations.freeze(nomination, nomination.getNominee(), LocalDate.now(calendar.zone()));
        actions.complete(actor, taskId, null, Map.of());
    }

    public void headDecision(Actor actor, String taskId, boolean approved, String reason) {
        Nomination nomination = at(actor, taskId, "headApproval");
        if (!deputies.actsFor(actor.login(), nomination.getHeadApprover())) {
            throw refused(actor, nomination, "promotion.refused.notYourStep");
        }
        decide(actor, taskId, nomination, "headApproval", approved, reason, "headApproved");
        if (approved) {
            nomination.movedTo(afterHead(nomination));
        }
    }

    public void directorDecision(Actor actor, String taskId, boolean approved, String reason) {
        Nomination nomination = at(actor, taskId, "directorApproval");
        if (!actor.isIn(Role.SALES_DIRECTOR.name())) {
            throw refused(actor, nomination, "promotion.refused.notYourStep");
        }
        decide(actor, taskId, nomination, "directorApproval", approved, reason, "directorApproved");
        if (approved) {
            nomination.movedTo(NominationStatus.EFFECTIVE_DATE);
        }
    }

    /** The grade changes at the start of that day (the company's time zone); today or later. */
    public void setEffective(Actor actor, String taskId, LocalDate day) {
        Nomination nomination = at(actor, taskId, "setEffective");
        mustKeepPromotions(actor, nomination);
        if (day == null || day.isBefore(LocalDate.now(calendar.zone()))) {
            throw new NominationRefused("effectiveOn", "promotion.refused.effectiveOn");
        }
        nomination.effectiveOn(day);
        actions.complete(actor, taskId, null, Map.of("effectiveAt", Date.from(day.atStartOfDay(calendar.zone()).toInstant()),
                "effectiveSetBy", actor.login()));
    }

    private void decide(Actor actor, String taskId, Nomination nomination, String step, boolean approved, String reason,
            String variable) {
        if (!approved && blank(reason)) {
            throw new NominationRefused("reason", "promotion.refused.reason");
        }
        if (!approved) {
            nomination.rejected(step, reason.strip(), Instant.now());
        }
        actions.complete(actor, taskId, stripped(reason), Map.of(variable, approved));
    }

    private static NominationStatus afterHead(Nomination nomination) {
        return nomination.directorStep() ? NominationStatus.DIRECTOR_APPROVAL : NominationStatus.EFFECTIVE_DATE;
    }

    private void mustKeepPromotions(Actor actor, Nomination nomination) {
        if (!NominationAccess.keepsPromotions(actor)) {
            throw refused(actor, nomination, "promotion.refused.notHr");
        }
    }

    /** The task's nomination, locked, if the task is this step's; four eyes checked for everyone but the nominator's own step. */
    private Nomination at(Actor actor, String taskId, String step) {
        Task task = lookup.task(taskId, actor);
        Nomination nomination = lockedAt(task, Set.of(step))
                .orElseThrow(() -> new NominationRefused(null, "promotion.refused.notThisStep"));
        if (!"moreEvidence".equals(step) && nomination.excludes(actor.login())) {
            throw refused(actor, nomination, "promotion.refused.fourEyes");
        }
        return nomination;
    }

    /** Refused, logged and recorded: not this person's step. */
    private static NominationRefused refused(Actor actor, Nomination nomination, String key) {
        AccessRefusals.record(actor.login(), AuditWording.of("audit.act.actOnNomination", nomination.getNumber()), key);
        return new NominationRefused(null, key);
    }
}
