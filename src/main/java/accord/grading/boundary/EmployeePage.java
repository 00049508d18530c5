package accord.grading.boundary;

import accord.grading.control.GradeHistory;
import accord.grading.control.GradeLadder;
import accord.grading.control.Performance;
import accord.grading.control.QuarterOfYear;
import accord.grading.control.RecordAccess;
import accord.grading.entity.TrainingRecord;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import accord.workflow.control.WorkingCalendar;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A person's record (/people/view.xhtml?login=): grade and since when, grade history, the last
 * eight quarters' performance and the training done. Shown to those RecordAccess allows; anyone
 * else is told there is no such person.
 */
@Named
@ViewScoped
public class EmployeePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int QUARTERS = 8;

    /** The person's header line. */
    public record Facts(String login, String name, String department, String manager, String grade, LocalDate since,
            int months) implements Serializable {
    }

    /** One step of the grade history. */
    public record Change(String from, String to, LocalDate effectiveOn, String reason) implements Serializable {
    }

    public record Training(String course, LocalDate completedOn) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentPerson me;

    @Inject
    Directory directory;

    @Inject
    GradeLadder ladder;

    @Inject
    GradeHistory history;

    @Inject
    Performance performance;

    @Inject
    WorkingCalendar calendar;

    private Facts facts;
    private List<Change> changes = List.of();
    private List<Performance.Quarter> quarters = List.of();
    private List<Training> training = List.of();

    public void load() {
        Actor actor = me.actor();
        directory.employee(Faces.getRequestParameter("login")).filter(person -> RecordAccess.maySee(actor, person))
                .ifPresentOrElse(this::show, () -> Messages.addGlobalError(Text.of("people.notFound")));
    }

    private void show(Employee person) {
        LocalDate today = LocalDate.now(calendar.zone());
        facts = new Facts(person.login(), person.displayName(), person.department().name(me.getLocale()),
                person.manager() == null ? "—" : person.manager().displayName(), gradeName(person.grade()),
                history.inGradeSince(person).orElse(null), history.monthsInGrade(person, today));
        changes = history.of(person.id()).stream()
                .map(c -> new Change(gradeName(c.getFrom()), gradeName(c.getTo()), c.getEffectiveOn(), c.getReason())).toList();
        QuarterOfYear last = QuarterOfYear.of(today);
        quarters = new ArrayList<>(performance.quarters(person, last.minus(QUARTERS - 1), last));
        Collections.reverse(quarters); // newest first
        training = em.createQuery("select t from TrainingRecord t where t.employee.id = :id order by t.completedOn desc",
                TrainingRecord.class).setParameter("id", person.id()).getResultList().stream()
                .map(t -> new Training(t.getCourse(), t.getCompletedOn())).toList();
    }

    /** The grade's name in the reader's language; a code not on the ladder as it is. */
    public String gradeName(String code) {
        return ladder.nameOf(code, me.getLocale());
    }

    public String percent(Double share) {
        return share == null ? "—" : Math.round(share * 100) + " %";
    }

    public String decimal(Double value) {
        return value == null ? "—" : String.format(me.getLocale(), "%.1f", value);
    }

    public Facts getFacts() {
        return facts;
    }

    public List<Change> getChanges() {
        return changes;
    }

    public List<Performance.Quarter> getQuarters() {
        return quarters;
    }

    public List<Training> getTraining() {
        return training;
    }
}
