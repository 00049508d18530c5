package accord.deputy.control;

import accord.calendar.control.WorkingCalendar;
import accord.deputy.entity.Absence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Who is away and who stands in for them, read from the absence table. */
@ApplicationScoped
public class Absences {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    Clock clock = Clock.systemUTC();

    /** Today in the business's time zone, not the server's: absences are days of the company's calendar. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }

    /** The absence covering today, if the person is away. */
    public Optional<Absence> current(String login) {
        LocalDate today = today();
        return em.createQuery("select a from Absence a where a.person = :person and a.endedAt is null"
                        + " and a.firstDay <= :today and a.lastDay >= :today", Absence.class)
                .setParameter("person", login).setParameter("today", today)
                .getResultStream().findFirst();
    }

    /** The person's absences that have not ended (planned or lasting), earliest first. */
    public List<Absence> open(String login) {
        return em.createQuery("select a from Absence a where a.person = :person and a.endedAt is null"
                + " order by a.firstDay", Absence.class).setParameter("person", login).getResultList();
    }

    /** Absences, not ended, in which the person is the deputy, earliest first. */
    public List<Absence> standingIn(String deputy) {
        return em.createQuery("select a from Absence a where a.deputy = :deputy and a.endedAt is null"
                + " order by a.firstDay", Absence.class).setParameter("deputy", deputy).getResultList();
    }

    /** Absences whose last day has passed but which have not ended yet (their tasks not returned). */
    public List<Absence> over() {
        return em.createQuery("select a from Absence a where a.endedAt is null and a.lastDay < :today", Absence.class)
                .setParameter("today", today()).getResultList();
    }

    /** Does the actor act as this person: the person themselves, or their deputy while they are away? */
    public boolean actsFor(String actor, String person) {
        if (person == null) {
            return false;
        }
        return person.equals(actor) || current(person).map(Absence::getDeputy).filter(actor::equals).isPresent();
    }
}
