package accord.grading.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.grading.control.GradeHistory;
import accord.grading.control.GradeLadder;
import accord.grading.control.Performance;
import accord.grading.control.QuarterOfYear;
import accord.organisation.control.Actor;
import accord.organisation.entity.Employee;
import accord.people.boundary.PersonCard;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A person's record on their page: time in grade, the last eight quarters' performance, grade history and training. */
@Named
@ViewScoped
public class GradeCard extends PersonCard {

    private static final long serialVersionUID = 1L;
    private static final int QUARTERS = 8;

    /** One step of the grade history. */
    public record Change(String from, String to, LocalDate effectiveOn, String reason) implements Serializable {
    }

    public record Training(String course, LocalDate completedOn) implements Serializable {
    }

    @Inject
    GradeLadder ladder;

    @Inject
    GradeHistory history;

    @Inject
    Performance performance;

    @Inject
    WorkingCalendar calendar;

    private LocalDate since;
    private int months;
    private List<Change> changes = List.of();
    private List<Performance.Quarter> quarters = List.of();
    private List<Training> training = List.of();

    @Override
    protected void read(Employee person, Actor actor) {
        LocalDate today = LocalDate.now(calendar.zone());
        since = history.inGradeSince(person).orElse(null);
        months = history.monthsInGrade(person, today);
        changes = history.of(person.id()).stream()
                .map(c -> new Change(gradeName(c.getFrom()), gradeName(c.getTo()), c.getEffectiveOn(), c.getReason())).toList();
        QuarterOfYear last = QuarterOfYear.of(today);
        quarters = new ArrayList<>(performance.quarters(person, last.minus(QUARTERS - 1), last));
        Collections.reverse(quarters); // newest first
        training = history.trainingOf(person.id()).stream().map(t -> new Training(t.getCourse(), t.getCompletedOn())).toList();
    }

    private String gradeName(String code) {
        return ladder.nameOf(code, me.getLocale());
    }

    public String percent(Double share) {
        return share == null ? "—" : Math.round(share * 100) + " %";
    }

    public String decimal(Double value) {
        return value == null ? "—" : String.format(me.getLocale(), "%.1f", value);
    }

    /** In the current grade since (null when no change is on record). */
    public LocalDate getSince() {
        return since;
    }

    public int getMonths() {
        return months;
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
