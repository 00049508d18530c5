package accord.grading.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.grading.control.QuarterOfYear;
import accord.grading.control.RecordAccess;
import accord.organisation.control.Actor;
import accord.organisation.control.PersonAccess;
import accord.organisation.entity.Employee;
import accord.people.boundary.PersonCard;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Messages;

/** The two forms on a person's page: a quarter's new customers and visits (their managers), a course (HR). */
@Named
@ViewScoped
public class RecordForms extends PersonCard {

    private static final long serialVersionUID = 1L;

    @Inject
    RecordKeeper keeper;

    @Inject
    WorkingCalendar calendar;

    private Long employeeId;
    private String login;
    private boolean activityKept;
    private boolean trainingKept;
    private String quarter;
    private Integer newCustomers;
    private Integer visits;
    private String course;
    private LocalDate completedOn;

    @Override
    protected void read(Employee person, Actor actor) {
        login = person.login();
        employeeId = person.id();
        activityKept = RecordAccess.mayRecordActivity(actor, person);
        // The person's page is shown only to who may see them (PersonAccess).
        trainingKept = RecordAccess.mayRecordTraining(actor);
        quarter = QuarterOfYear.of(LocalDate.now(calendar.zone())).previous().toString();
    }

    /** This quarter and the seven before it, newest first, as "2026 Q3". */
    public List<String> getQuarters() {
        QuarterOfYear now = QuarterOfYear.of(LocalDate.now(calendar.zone()));
        return java.util.stream.IntStream.range(0, 8).mapToObj(i -> now.minus(i).toString()).toList();
    }

    public String recordActivity() {
        try {
            String[] parts = quarter.split(" Q");
            keeper.recordActivity(me.actor(), employeeId, new QuarterOfYear(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])),
                    newCustomers, visits);
            return done("records.activity.saved");
        } catch (RecordKeeper.RecordRefused refused) {
            return refused(refused, "activity");
        }
    }

    public String addTraining() {
        try {
            keeper.addTraining(me.actor(), employeeId, course, completedOn);
            return done("records.training.saved");
        } catch (RecordKeeper.RecordRefused refused) {
            return refused(refused, "training");
        }
    }

    private String done(String key) {
        Messages.addFlashGlobalInfo(Text.of(key));
        return "/people/view?faces-redirect=true&login=" + login;
    }

    private static String refused(RecordKeeper.RecordRefused refused, String form) {
        RefusalMessages.sayBeside(form, refused);
        return null;
    }

    public boolean isActivityKept() { return activityKept; }
    public boolean isTrainingKept() { return trainingKept; }
    public String getQuarter() { return quarter; }
    public void setQuarter(String quarter) { this.quarter = quarter; }
    public Integer getNewCustomers() { return newCustomers; }
    public void setNewCustomers(Integer newCustomers) { this.newCustomers = newCustomers; }
    public Integer getVisits() { return visits; }
    public void setVisits(Integer visits) { this.visits = visits; }
    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
    public LocalDate getCompletedOn() { return completedOn; }
    public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
}
