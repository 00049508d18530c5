package accord.grading.boundary;

import static accord.platform.control.Input.blank;

import accord.grading.control.RecordAccess;
import accord.grading.entity.Grade;
import accord.organisation.control.Actor;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.platform.control.FieldRefused;
import accord.platform.control.LogText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.logging.Logger;

/** HR (or ADMIN) keeps a grade's names and requirements, in one transaction; each value is checked. */
@ApplicationScoped
@Transactional
public class GradeLadderKeeper {

    private static final Logger LOG = Logger.getLogger(GradeLadderKeeper.class.getName());

    /** A refused change to the ladder, naming the field. */
    public static class LadderRefused extends FieldRefused {
        private static final long serialVersionUID = 1L;

        public LadderRefused(String field, String key) {
            super(field, key);
        }
    }

    public record Requirements(String nameZh, String nameEn, Integer monthsInGrade, BigDecimal minAttainment,
            BigDecimal minSatisfaction) {
    }

    @PersistenceContext
    EntityManager em;

    public void update(Actor actor, String code, Requirements r) {
        if (!RecordAccess.mayKeepLadder(actor)) {
            AccessRefusals.record(actor.login(), AuditWording.of("audit.act.changeGrade", code), "grades.refused.notHr");
            throw new LadderRefused(null, "grades.refused.notHr");
        }
        Grade grade = em.find(Grade.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (grade == null) {
            throw new LadderRefused(null, "grades.refused.gone");
        }
        if (blank(r.nameZh()) || blank(r.nameEn())) {
            throw new LadderRefused("name", "grades.refused.name");
        }
        if (r.monthsInGrade() == null || r.monthsInGrade() < 0 || r.monthsInGrade() > 240) {
            throw new LadderRefused("months", "grades.refused.months");
        }
        if (r.minAttainment() == null || r.minAttainment().signum() < 0 || r.minAttainment().compareTo(BigDecimal.valueOf(300)) > 0) {
            throw new LadderRefused("attainment", "grades.refused.attainment");
        }
        if (r.minSatisfaction() != null && (r.minSatisfaction().compareTo(BigDecimal.ONE) < 0
                || r.minSatisfaction().compareTo(BigDecimal.valueOf(5)) > 0)) {
            throw new LadderRefused("satisfaction", "grades.refused.satisfaction");
        }
        grade.rename(r.nameZh().strip(), r.nameEn().strip());
        grade.require(r.monthsInGrade(), r.minAttainment(), r.minSatisfaction());
        LOG.info(() -> actor.login() + " changed grade " + LogText.of(code));
    }
}
