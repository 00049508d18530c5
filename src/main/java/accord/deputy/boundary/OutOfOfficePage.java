package accord.deputy.boundary;

import accord.deputy.control.AbsenceRefused;
import accord.deputy.control.Absences;
import accord.deputy.entity.Absence;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * The out-of-office page: plan an absence with a deputy, see and end one's absences, and see for
 * whom one stands in.
 */
@Named
@ViewScoped
public class OutOfOfficePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An absence as the page lists it. */
    public record Row(long id, String person, String deputy, LocalDate firstDay, LocalDate lastDay, boolean lasting)
            implements Serializable {
    }

    /** Someone who can stand in. */
    public record Person(String login, String name) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    OutOfOffice outOfOffice;

    @Inject
    Absences absences;

    @Inject
    Directory directory;

    private LocalDate firstDay;
    private LocalDate lastDay;
    private String deputy;
    private List<Row> mine = List.of();
    private List<Row> standingIn = List.of();
    private List<Person> people = List.of();

    public void load() {
        LocalDate today = absences.today();
        mine = absences.open(me.getLogin()).stream().map(a -> row(a, today)).toList();
        standingIn = absences.standingIn(me.getLogin()).stream().map(a -> row(a, today)).toList();
        people = directory.everyone().stream().filter(Employee::isActive)
                .filter(e -> !e.login().equals(me.getLogin()))
                .map(e -> new Person(e.login(), e.displayName()))
                .sorted(Comparator.comparing(Person::name)).toList();
    }

    public String plan() {
        try {
            outOfOffice.plan(me.actor(), deputy, firstDay, lastDay);
        } catch (AbsenceRefused refused) {
            // Beside the field it concerns; what was typed stays in the form.
            Messages.addError("absence:" + refused.arguments()[0], Text.of(refused.messageKey(), refused.arguments()[1]));
            return null;
        }
        Messages.addFlashGlobalInfo(Text.of("absence.planned", directory.displayName(deputy)));
        return "/out-of-office?faces-redirect=true";
    }

    public String end(long id) {
        try {
            int returned = outOfOffice.end(me.actor(), id);
            Messages.addFlashGlobalInfo(Text.of("absence.ended", returned));
        } catch (AbsenceRefused refused) {
            Messages.addFlashGlobalError(Text.of(refused.messageKey()));
        }
        return "/out-of-office?faces-redirect=true";
    }

    private Row row(Absence absence, LocalDate today) {
        return new Row(absence.getId(), directory.displayName(absence.getPerson()), directory.displayName(absence.getDeputy()),
                absence.getFirstDay(), absence.getLastDay(), absence.covers(today));
    }

    public LocalDate getToday() {
        return absences.today();
    }

    public List<Row> getMine() {
        return mine;
    }

    public List<Row> getStandingIn() {
        return standingIn;
    }

    public List<Person> getPeople() {
        return people;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getDeputy() {
        return deputy;
    }

    public void setDeputy(String deputy) {
        this.deputy = deputy;
    }
}
