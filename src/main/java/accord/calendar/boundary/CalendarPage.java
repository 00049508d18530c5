package accord.calendar.boundary;

import accord.calendar.entity.CalendarDay;
import accord.platform.control.Refused;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Messages;

/** The business calendar page (ADMIN): holidays and worked weekend days from this year on. */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A day as the page lists it. */
    public record Row(LocalDate day, String weekday, CalendarDay.Kind kind, String name) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    CalendarAdmin admin;

    @Inject
    accord.calendar.control.WorkingCalendar workingCalendar;

    private List<Row> days = List.of();
    private LocalDate day;
    private CalendarDay.Kind kind = CalendarDay.Kind.HOLIDAY;
    private String name;

    public void load() {
        days = admin.from(LocalDate.now(workingCalendar.zone()).withDayOfYear(1)).stream()
                .map(d -> new Row(d.getDay(), d.getDay().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT,
                        me.getLocale()), d.getKind(), d.getName())).toList();
    }

    public String add() {
        try {
            admin.add(me.actor(), day, kind, name);
        } catch (Refused refused) {
            Messages.addError(refused.messageKey().equals("calendar.refused.name") ? "calendar:name" : "calendar:day",
                    Text.of(refused.messageKey()));
            return null;
        }
        Messages.addFlashGlobalInfo(Text.of("calendar.added", day));
        return "/admin/calendar?faces-redirect=true";
    }

    public String remove(LocalDate which) {
        admin.remove(me.actor(), which);
        Messages.addFlashGlobalInfo(Text.of("calendar.removed", which));
        return "/admin/calendar?faces-redirect=true";
    }

    public CalendarDay.Kind[] getKinds() {
        return CalendarDay.Kind.values();
    }

    public List<Row> getDays() {
        return days;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public CalendarDay.Kind getKind() {
        return kind;
    }

    public void setKind(CalendarDay.Kind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
