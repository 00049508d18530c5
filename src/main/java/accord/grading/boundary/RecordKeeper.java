package accord.grading.boundary;

import static accord.platform.control.Input.blank;

import accord.calendar.control.WorkingCalendar;
import accord.grading.control.QuarterOfYear;
import accord.grading.control.RecordAccess;
import accord.grading.entity.RepActivity;
import accord.grading.entity.TrainingRecord;
import accord.organisation.control.Actor;
import accord.organisation.entity.Employee;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.platform.control.FieldRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Keeping a person's record, each in one transaction: their line manager (or a head above, or HR)
 * records a quarter's new customers and visits; HR records a course they completed.
 */
@ApplicationScoped
@Transactional
public class RecordKeeper {

    static final int MOST = 10_000;

    /** A refused change to a record, naming the field. */
    public static class RecordRefused extends FieldRefused {
        private static final long serialVersionUID = 1L;

        public RecordRefused(String field, String key) {
            super(field, key);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    public void recordActivity(Actor actor, long employeeId, QuarterOfYear quarter, Integer newCustomers, Integer visits) {
        Employee person = em.find(Employee.class, employeeId);
        if (person == null || !RecordAccess.mayRecordActivity(actor, person)) {
            AccessRefusals.record(actor.login(), AuditWording.of("audit.act.recordActivity", employeeId), "records.refused.notYours");
            throw new RecordRefused(null, "records.refused.notYours");
        }
        if (quarter == null || quarter.compareTo(QuarterOfYear.of(LocalDate.now(calendar.zone()))) > 0) {
            throw new RecordRefused("quarter", "records.refused.quarter");
        }
        if (newCustomers == null || newCustomers < 0 || newCustomers > MOST) {
            throw new RecordRefused("newCustomers", "records.refused.count");
        }
        if (visits == null || visits < 0 || visits > MOST) {
            throw new RecordRefused("visits", "records.refused.count");
        }
        RepActivity activity = em.createQuery("select a from RepActivity a where a.employee.id = :id and a.year = :year"
                        + " and a.quarter = :quarter", RepActivity.class).setParameter("id", employeeId)
                .setParameter("year", quarter.year()).setParameter("quarter", quarter.quarter()).getResultStream().findFirst()
                .orElseGet(() -> {
                    RepActivity created = new RepActivity(person, quarter.year(), quarter.quarter());
                    em.persist(created);
                    return created;
                });
        activity.set(newCustomers, visits, actor.login(), Instant.now());
    }

    public void addTraining(Actor actor, long employeeId, String course, LocalDate completedOn) {
        Employee person = em.find(Employee.class, employeeId);
        if (person == null || !RecordAccess.mayRecordTraining(actor)) {
            AccessRefusals.record(actor.login(), AuditWording.of("audit.act.recordTraining", employeeId), "records.refused.notHr");
            throw new RecordRefused(null, "records.refused.notHr");
        }
        if (blank(course) || course.strip().length() > 200) {
            throw new RecordRefused("course", "records.refused.course");
        }
        if (completedOn == null || completedOn.isAfter(LocalDate.now(calendar.zone()))) {
            throw new RecordRefused("completedOn", "records.refused.completedOn");
        }
        em.persist(new TrainingRecord(person, course.strip(), completedOn, actor.login(), Instant.now()));
    }
}
