package accord.calendar.control;

import accord.calendar.entity.CalendarDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The company's working time for deadlines: office hours in the business time zone, with the
 * holidays and worked weekend days from the calendar_day table. Read on every use, so that what
 * ADMIN changes counts at once on every cluster node (a few dozen rows a year).
 */
@ApplicationScoped
public class WorkingCalendar {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "accord.business.zone", defaultValue = "Asia/Shanghai")
    String zone;

    /** The company's time zone: its calendar days (needed-by dates, holidays) are days there. */
    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public WorkingTime workingTime() {
        List<CalendarDay> days = em.createQuery("select d from CalendarDay d", CalendarDay.class).getResultList();
        return new WorkingTime(ZoneId.of(zone), WorkingTime.OFFICE_HOURS, of(days, CalendarDay.Kind.HOLIDAY),
                of(days, CalendarDay.Kind.WORKDAY));
    }

    private static Set<java.time.LocalDate> of(List<CalendarDay> days, CalendarDay.Kind kind) {
        return days.stream().filter(d -> d.getKind() == kind).map(CalendarDay::getDay).collect(Collectors.toSet());
    }
}
