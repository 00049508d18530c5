package accord.handoff.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.deputy.control.Absences;
import accord.handoff.control.Board;
import accord.handoff.control.HandoffRegister;
import accord.handoff.control.Workload;
import accord.inbox.control.TaskLookup;
import accord.organisation.boundary.DepartmentChoice;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * A department's handoffs for its head (or the head's deputy while the head is away; the sales
 * director and ADMIN for any department): open work per member with the overdue ones, and the
 * board of incoming and outgoing handoffs by month.
 */
@Named
@ViewScoped
public class DepartmentPage implements Serializable {

    private static final long serialVersionUID = 1L;
    @Inject
    @Param(name = "department")
    String departmentAsked;

    private static final int MONTHS = 6;

    @Inject
    CurrentPerson me;

    @Inject
    Directory directory;

    @Inject
    Absences absences;

    @Inject
    Workload workload;

    @Inject
    Board board;

    @Inject
    WorkingCalendar calendar;

    private List<DepartmentChoice> choices = List.of();
    private String department;
    private List<Workload.Member> members = List.of();
    private Board.Figures figures;

    public void load() {
        Actor actor = me.actor();
        Set<String> allowed = allowedFor(actor);
        choices = DepartmentChoice.all(directory, me.getLocale()).stream().filter(d -> allowed.contains(d.code())).toList();
        String asked = departmentAsked;
        if (asked != null && !allowed.contains(asked)) {
            TaskLookup.refused(actor, "seeBoard", asked, "handoff.refused.notHead");
            Messages.addGlobalError(Text.of("handoff.refused.notHead"));
            return;
        }
        department = asked != null ? asked : choices.isEmpty() ? null : choices.get(0).code();
        if (department == null) {
            Messages.addGlobalWarn(Text.of("handoff.refused.notHead"));
            return;
        }
        show();
    }

    /** The chosen department again (the menu above the figures). */
    public void show() {
        if (department == null || !allowedFor(me.actor()).contains(department)) {
            return;
        }
        LocalDate today = LocalDate.now(calendar.zone());
        members = workload.of(department, today);
        Set<String> codes = new HashSet<>(List.of(department));
        directory.department(department).ifPresent(d -> directory.teamsOf(d).forEach(team -> codes.add(team.code())));
        figures = board.of(codes, MONTHS, calendar.zone(), today);
    }

    /** Departments the person heads, those of the heads they stand in for today, or all for the director and ADMIN. */
    private Set<String> allowedFor(Actor actor) {
        if (HandoffRegister.seesAll(actor)) {
            Set<String> all = new HashSet<>();
            directory.departments().forEach(d -> all.add(d.code()));
            return all;
        }
        Set<String> allowed = new HashSet<>(actor.headOf());
        LocalDate today = absences.today();
        absences.standingIn(actor.login()).stream().filter(a -> a.covers(today))
                .forEach(a -> allowed.addAll(directory.actor(a.getPerson()).headOf()));
        return allowed;
    }

    public String percent(Double share) {
        return share == null ? "—" : Math.round(share * 100) + " %";
    }

    public String days(Double days) {
        return days == null ? "—" : String.format(me.getLocale(), "%.1f", days);
    }

    public String average(Double value) {
        return value == null ? "—" : String.format(me.getLocale(), "%.1f", value);
    }

    public String directionLabel(Board.Direction direction) {
        return Text.of("handoff.board." + direction.name());
    }

    public List<DepartmentChoice> getChoices() {
        return choices;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public List<Workload.Member> getMembers() {
        return members;
    }

    public Board.Figures getFigures() {
        return figures;
    }

    public List<Board.Month> getMonths() {
        return figures == null ? new ArrayList<>() : figures.months();
    }
}
