package accord.grading.control;

import accord.grading.entity.GradeChange;
import accord.organisation.entity.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** A person's grade history, and the one way a grade changes: a change recorded with its effective date and reason. */
@ApplicationScoped
public class GradeHistory {

    @PersistenceContext
    EntityManager em;

    /** Newest first. */
    public List<GradeChange> of(long employeeId) {
        return em.createQuery("select g from GradeChange g where g.employee.id = :id order by g.effectiveOn desc, g.id desc",
                GradeChange.class).setParameter("id", employeeId).getResultList();
    }

    /** Since when the person holds their current grade: the effective day of the change into it, if recorded. */
    public Optional<LocalDate> inGradeSince(Employee person) {
        return of(person.id()).stream().filter(c -> c.getTo().equals(person.grade())).map(GradeChange::getEffectiveOn)
                .findFirst();
    }

    /** Whole months in the current grade; 0 when the history does not say since when. */
    public int monthsInGrade(Employee person, LocalDate today) {
        return inGradeSince(person).map(since -> (int) Math.max(0, ChronoUnit.MONTHS.between(since, today))).orElse(0);
    }

    /** Changes the person's grade under a row lock on them, and records it. */
    public GradeChange change(long employeeId, String toGrade, LocalDate effectiveOn, String by, Instant at, String reason) {
        Employee person = em.find(Employee.class, employeeId, LockModeType.PESSIMISTIC_WRITE);
        GradeChange change = new GradeChange(person, person.grade(), toGrade, effectiveOn, by, at, reason);
        person.grade(toGrade);
        em.persist(change);
        return change;
    }

    /** The person's completed training, newest first. */
    public List<accord.grading.entity.TrainingRecord> trainingOf(long employeeId) {
        return em.createQuery("select t from TrainingRecord t where t.employee.id = :id order by t.completedOn desc",
                accord.grading.entity.TrainingRecord.class).setParameter("id", employeeId).getResultList();
    }
}
