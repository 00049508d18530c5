package accord.visit.boundary;

import accord.customer.boundary.CustomerChoice;
import accord.organisation.entity.Employee;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import accord.visit.control.VisitAccess;
import accord.visit.control.VisitRefused;
import accord.visit.entity.Visit;
import accord.visit.entity.VisitPurpose;
import accord.visit.entity.VisitStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * Visits ({@code visits/index.xhtml?week=&rep=}): the form to record a visit done or plan one (today
 * and the usual purpose filled in, so that a visit is the customer, a line of result and Enter), and
 * a week's visits of the person or, for a manager, of a team member.
 */
@Named
@ViewScoped
public class VisitsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A visit as the week's list shows it. */
    public record Row(long id, LocalDate date, String customerCode, String customer, boolean prospect, VisitPurpose purpose,
            VisitStatus status, String result, String nextStep, boolean reportable) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    Visits visits;

    @Inject
    VisitAccess access;

    @Inject
    @Param(name = "week")
    String askedWeek;

    @Inject
    @Param(name = "rep")
    String askedRep;

    private final String submission = UUID.randomUUID().toString();
    private CustomerChoice customer;
    private LocalDate date;
    private VisitPurpose purpose = VisitPurpose.RELATIONSHIP;
    private String result;
    private String nextStep;
    private transient List<Row> rows;

    public String record() {
        return save(() -> visits.record(me.actor(), input(), me.zone()), "visit.recorded");
    }

    public String plan() {
        return save(() -> visits.plan(me.actor(), input(), me.zone()), "visit.planned");
    }

    private String save(java.util.function.Supplier<Visit> saving, String doneKey) {
        try {
            Visit visit = saving.get();
            Messages.addFlashGlobalInfo(Text.of(doneKey, visit.customer().name(),
                    visit.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(me.getLocale()))));
            return "/visits/index?faces-redirect=true&week=" + monday(visit.date());
        } catch (VisitRefused refused) {
            RefusalMessages.sayBeside("visit", refused);
            return null;
        }
    }

    private Visits.Input input() {
        return new Visits.Input(customer == null ? null : customer.id(), getDate(), purpose, result, nextStep, submission);
    }

    /** The person whose visits are listed: the one asked for if the reader may see theirs, else the reader. */
    public String getRep() {
        return askedRep != null && access.maySee(me.actor(), askedRep) ? askedRep : me.getLogin();
    }

    public boolean isOwn() {
        return getRep().equals(me.getLogin());
    }

    public List<Employee> getPeople() {
        return access.whom(me.actor());
    }

    public LocalDate getWeek() {
        LocalDate today = LocalDate.now(me.zone());
        try {
            return monday(askedWeek == null ? today : LocalDate.parse(askedWeek));
        } catch (DateTimeParseException notADay) {
            return monday(today);
        }
    }

    public LocalDate getPreviousWeek() {
        return getWeek().minusWeeks(1);
    }

    public LocalDate getNextWeek() {
        return getWeek().plusWeeks(1);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = visits.of(me.actor(), getRep(), getWeek(), getWeek().plusDays(6)).stream().map(v -> new Row(v.id(), v.date(),
                    v.customer().code(), v.customer().name(), v.prospect(), v.purpose(), v.status(), v.result(), v.nextStep(),
                    isOwn() && v.status() == VisitStatus.PLANNED)).toList();
        }
        return rows;
    }

    /** "3 done (2 existing customers, 1 prospect) · 2 planned · 1 missed". */
    public String getSummary() {
        List<Row> all = getRows();
        long done = all.stream().filter(r -> r.status() == VisitStatus.DONE).count();
        long prospects = all.stream().filter(r -> r.status() == VisitStatus.DONE && r.prospect()).count();
        return Text.of("visit.summary", done, done - prospects, prospects,
                all.stream().filter(r -> r.status() == VisitStatus.PLANNED).count(),
                all.stream().filter(r -> r.status() == VisitStatus.MISSED).count());
    }

    public VisitPurpose[] getPurposes() {
        return VisitPurpose.values();
    }

    public String getSubmission() {
        return submission;
    }

    public LocalDate getToday() {
        return LocalDate.now(me.zone());
    }

    public CustomerChoice getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerChoice customer) {
        this.customer = customer;
    }

    public LocalDate getDate() {
        return date == null ? getToday() : date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public VisitPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(VisitPurpose purpose) {
        this.purpose = purpose;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }
}
