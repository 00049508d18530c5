package accord.promotion.control;

import static accord.platform.control.Input.blank;

import accord.grading.entity.Grade;
import accord.organisation.control.Actor;
import accord.organisation.control.PersonAccess;
import accord.organisation.entity.Employee;
import accord.promotion.entity.Nomination;
import accord.promotion.entity.NominationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Who may nominate whom for what: a line manager or head above the nominee, for a grade above the
 * current one (two levels or more only with a reason), with the whole assessment, while no other
 * nomination of the person is open and not within 90 days after a rejection unless HR lifted that
 * block. Every problem is a refusal naming its field.
 */
@ApplicationScoped
public class NominationRules {

    static final int MAX_TEXT = 2000;

    @PersistenceContext
    EntityManager em;

    public void mayNominate(Actor actor, Employee nominee) {
        if (!nominee.isActive() || !PersonAccess.leads(actor, nominee)) {
            throw new NominationRefused(null, "promotion.refused.notYourTeam");
        }
    }

    /** The rejection that blocks a new nomination now, if any (the newest one, unless HR lifted it). */
    public Optional<Nomination> blockingRejection(Employee nominee, Instant now) {
        LocalDateTime since = LocalDateTime.ofInstant(now.minus(PromotionProcess.BLOCK_DAYS, ChronoUnit.DAYS), ZoneOffset.UTC);
        return em.createQuery("select n from Nomination n where n.nominee.id = :id and n.status = :rejected"
                        + " and n.endedAt >= :since order by n.endedAt desc", Nomination.class)
                .setParameter("id", nominee.id()).setParameter("rejected", NominationStatus.REJECTED)
                .setParameter("since", since).setMaxResults(1).getResultStream().findFirst()
                .filter(rejection -> rejection.getBlockLiftedBy() == null);
    }

    /**
     * Whether a nomination of this person by this actor could be submitted now, whatever is typed:
     * the nominee is theirs, has none under way, is not blocked after a rejection, and has a grade
     * above them on the ladder. The person's page offers "Nominate" only then.
     */
    public void mayStartFor(Actor actor, Employee nominee, boolean gradeAbove, Instant now) {
        mayNominate(actor, nominee);
        if (!em.createQuery("select n.id from Nomination n where n.nominee.id = :id and n.status not in :ended", Long.class)
                .setParameter("id", nominee.id()).setParameter("ended", List.of(NominationStatus.PROMOTED, NominationStatus.REJECTED))
                .setMaxResults(1).getResultList().isEmpty()) {
            throw new NominationRefused(null, "promotion.refused.open");
        }
        blockingRejection(nominee, now).ifPresent(rejection -> {
            throw new NominationRefused(null, "promotion.refused.blocked", rejection.getNumber(),
                    java.time.LocalDate.ofInstant(rejection.getEndedAt().plus(PromotionProcess.BLOCK_DAYS, ChronoUnit.DAYS), ZoneOffset.UTC).toString());
        });
        if (!gradeAbove) {
            throw new NominationRefused(null, "promotion.refused.topOfLadder");
        }
    }

    public void check(Actor actor, Employee nominee, Grade current, Grade target, Nomination.Assessment a, Instant now) {
        mayStartFor(actor, nominee, target != null, now);
        if (target == null || ApprovalChain.levelsUp(current, target) < 1) {
            throw new NominationRefused("target", "promotion.refused.target");
        }
        assessment(a, ApprovalChain.levelsUp(current, target));
    }

    /** A problem with the assessment, beside its field. */
    public record Problem(String field, String messageKey, Object... arguments) {
    }

    /** Every problem of the assessment at once, for the form. */
    public static List<Problem> problems(Nomination.Assessment a, int levelsUp) {
        List<Problem> problems = new java.util.ArrayList<>();
        if (levelsUp >= 2 && blank(a.jumpReason())) {
            problems.add(new Problem("jumpReason", "promotion.refused.jumpReason"));
        }
        if (a.readiness() == null) {
            problems.add(new Problem("readiness", "promotion.refused.readiness"));
        }
        text(problems, a.strengths(), "strengths");
        text(problems, a.weaknesses(), "weaknesses");
        text(problems, a.firstSteps(), "firstSteps");
        return problems;
    }

    /** The assessment's own rules, also when the nominator resubmits it: the first problem is refused. */
    public static void assessment(Nomination.Assessment a, int levelsUp) {
        problems(a, levelsUp).stream().findFirst().ifPresent(p -> {
            throw new NominationRefused(p.field(), p.messageKey(), p.arguments());
        });
    }

    private static void text(List<Problem> problems, String value, String field) {
        if (blank(value)) {
            problems.add(new Problem(field, "promotion.refused.required"));
        } else if (value.strip().length() > MAX_TEXT) {
            problems.add(new Problem(field, "promotion.refused.tooLong", MAX_TEXT));
        }
    }
}
