package accord.promotion.boundary;

import static accord.platform.control.Input.blank;
import static accord.platform.control.Input.stripped;

import accord.calendar.control.WorkingCalendar;
import accord.casefile.control.CaseNumbers;
import accord.grading.control.GradeLadder;
import accord.grading.entity.Grade;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.promotion.control.ApprovalChain;
import accord.promotion.control.Evidence;
import accord.promotion.control.EvidenceCollector;
import accord.promotion.control.NominationAccess;
import accord.promotion.control.NominationRefused;
import accord.promotion.control.NominationRules;
import accord.promotion.control.PromotionCase;
import accord.promotion.control.PromotionProcess;
import accord.promotion.entity.Nomination;
import accord.workflow.control.Acting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.logging.Logger;
import org.flowable.engine.RuntimeService;

/**
 * Submitting a nomination, in one transaction with its case: the rules, a number, the evidence
 * counted and frozen (text and checksum), the approval chain, then the process, whose first step
 * checks eligibility. HR lifting the 90-day block after a rejection is here too.
 */
@ApplicationScoped
@Transactional
public class Nominations {

    private static final Logger LOG = Logger.getLogger(Nominations.class.getName());

    /** What the nominator typed: whom, for which grade, and the assessment. */
    public record Draft(String nomineeLogin, String targetGrade, Nomination.Assessment assessment) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    GradeLadder ladder;

    @Inject
    NominationRules rules;

    @Inject
    EvidenceCollector evidence;

    @Inject
    ApprovalChain chains;

    @Inject
    CaseNumbers numbers;

    @Inject
    WorkingCalendar calendar;

    @Inject
    RuntimeService runtime;

    public Nomination submit(Actor actor, Draft draft) {
        Employee nominee = directory.employee(draft.nomineeLogin())
                .orElseThrow(() -> new NominationRefused(null, "promotion.refused.notYourTeam"));
        Grade current = ladder.find(nominee.grade()).orElse(null);
        Grade target = ladder.find(draft.targetGrade()).orElse(null);
        Instant now = Instant.now();
        em.lock(nominee, LockModeType.PESSIMISTIC_WRITE); // two nominations of one person at once: one waits, then sees the other
        rules.check(actor, nominee, current, target, draft.assessment(), now);
        Nomination.Assessment a = tidy(draft.assessment());
        Nomination.Chain chain = chains.plan(nominee, actor.login(), current, target, directory.withRole(Role.SALES_DIRECTOR));
        LocalDate today = LocalDate.now(calendar.zone());
        Nomination nomination = new Nomination(numbers.next(CaseNumbers.Series.PROMOTION, Year.from(today)), nominee,
                actor.login(), new Nomination.Step(current == null ? nominee.grade() : current.getCode(), target.getCode(),
                        ApprovalChain.levelsUp(current, target)), a, chain, null, now);
        freeze(nomination, nominee, today);
        em.persist(nomination);
        em.flush(); // the process's first step reads it back under a row lock, from the database
        Map<String, Object> variables = PromotionCase.startVariables(nomination, target);
        String caseId = Acting.as(actor.login(), () -> runtime.createProcessInstanceBuilder()
                .processDefinitionKey(PromotionProcess.KEY).businessKey(nomination.getNumber())
                .name(nominee.displayName()).variables(variables).start().getId());
        nomination.startedAs(caseId);
        LOG.info(() -> nomination.getNumber() + ": " + actor.login() + " nominated " + nominee.login() + " for " + target.getCode());
        return nomination;
    }

    /** The evidence counted now and frozen on the nomination. */
    void freeze(Nomination nomination, Employee nominee, LocalDate today) {
        String text = evidence.collect(nominee, today).text();
        nomination.freeze(text, Evidence.checksum(text));
    }

    /** HR lets the person be nominated again before the 90 days after a rejection are over. */
    public void liftBlock(Actor actor, String number, String reason) {
        if (!NominationAccess.keepsPromotions(actor)) {
            throw new NominationRefused(null, "promotion.refused.notHr");
        }
        Nomination rejection = em.createQuery("select n from Nomination n where n.number = :number", Nomination.class)
                .setParameter("number", number).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new NominationRefused(null, "promotion.refused.gone"));
        if (rejection.excludes(actor.login())) {
            throw new NominationRefused(null, "promotion.refused.fourEyes");
        }
        if (blank(reason)) {
            throw new NominationRefused("liftReason", "promotion.refused.reason");
        }
        rejection.liftBlock(actor.login(), reason.strip());
        LOG.info(() -> actor.login() + " lifted the block after " + number);
    }

    static Nomination.Assessment tidy(Nomination.Assessment a) {
        return new Nomination.Assessment(a.readiness(), a.relocate(), a.strengths().strip(), a.weaknesses().strip(),
                a.firstSteps().strip(), stripped(a.jumpReason()));
    }
}
