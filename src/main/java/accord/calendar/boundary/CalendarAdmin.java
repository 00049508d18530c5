package accord.calendar.boundary;

import accord.calendar.entity.CalendarDay;
import accord.organisation.control.Actor;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.platform.control.Refused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * ADMIN keeps the business calendar's exceptions: public holidays and weekend days worked
 * instead. Deadlines computed from then on count them; deadlines already set stay as they are.
 */
@ApplicationScoped
@Transactional
public class CalendarAdmin {


    @PersistenceContext
    EntityManager em;

    public List<CalendarDay> from(LocalDate first) {
        return em.createQuery("select d from CalendarDay d where d.day >= :first order by d.day", CalendarDay.class)
                .setParameter("first", first).getResultList();
    }

    public void add(Actor actor, LocalDate day, CalendarDay.Kind kind, String name) {
        mustBeAdmin(actor);
        if (day == null) {
            throw new Refused("calendar.refused.day", "no day");
        }
        if (kind == null) {
            throw new Refused("calendar.refused.kind", "no kind");
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new Refused("calendar.refused.name", "no name");
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == CalendarDay.Kind.WORKDAY && !weekend) {
            throw new Refused("calendar.refused.workdayOnWeekday", "already a working day");
        }
        if (em.find(CalendarDay.class, day) != null) {
            throw new Refused("calendar.refused.exists", "day exists");
        }
        em.persist(new CalendarDay(day, kind, name.strip()));
    }

    public void remove(Actor actor, LocalDate day) {
        mustBeAdmin(actor);
        CalendarDay found = em.find(CalendarDay.class, day);
        if (found != null) {
            em.remove(found);
        }
    }

    private static void mustBeAdmin(Actor actor) {
        if (!actor.admin()) {
            AccessRefusals.record(actor.login(), AuditWording.of("audit.act.changeCalendar"), "calendar.refused.notAdmin");
            throw new Refused("calendar.refused.notAdmin", "not admin");
        }
    }
}
