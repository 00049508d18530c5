package accord.visit.boundary;

import accord.customer.entity.Customer;
import accord.organisation.control.Actor;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.visit.control.VisitAccess;
import accord.visit.control.VisitRefused;
import accord.visit.entity.Visit;
import accord.visit.entity.VisitPurpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Recording, planning and reporting visits, each one transaction. "Today" is the person's own day
 * (their time zone), as the page shows it. A form sent twice records one visit: each carries the
 * one-time id of the form it came from.
 */
@ApplicationScoped
@Transactional
public class Visits {

    /** How far back a visit may be recorded, and how far ahead planned. */
    public static final int DAYS_BACK = 60;
    public static final int DAYS_AHEAD = 60;

    /** A visit as typed: the customer's id, the day, why, what came of it and what comes next. */
    public record Input(Long customerId, LocalDate date, VisitPurpose purpose, String result, String nextStep, String submission) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    VisitAccess access;

    /** A visit done, recorded by the rep who made it; the visit the same form recorded already, if sent again. */
    public Visit record(Actor actor, Input input, ZoneId zone) {
        Optional<Visit> again = sentBefore(input.submission());
        if (again.isPresent()) {
            return again.get();
        }
        Customer customer = customer(input);
        LocalDate today = LocalDate.now(zone);
        if (input.date().isAfter(today)) {
            throw new VisitRefused("date", "visit.refused.future");
        }
        if (input.date().isBefore(today.minusDays(DAYS_BACK))) {
            throw new VisitRefused("date", "visit.refused.tooOld", DAYS_BACK);
        }
        Visit visit = Visit.done(actor.login(), customer, input.date(), input.purpose(), result(input.result(), "result"),
                nextStep(input.nextStep()), input.submission(), Instant.now());
        em.persist(visit);
        return visit;
    }

    /** A visit planned for today or a day to come. */
    public Visit plan(Actor actor, Input input, ZoneId zone) {
        Optional<Visit> again = sentBefore(input.submission());
        if (again.isPresent()) {
            return again.get();
        }
        Customer customer = customer(input);
        LocalDate today = LocalDate.now(zone);
        if (input.date().isBefore(today)) {
            throw new VisitRefused("date", "visit.refused.planPast");
        }
        if (input.date().isAfter(today.plusDays(DAYS_AHEAD))) {
            throw new VisitRefused("date", "visit.refused.tooFar", DAYS_AHEAD);
        }
        Visit visit = Visit.planned(actor.login(), customer, input.date(), input.purpose(), input.submission(), Instant.now());
        em.persist(visit);
        return visit;
    }

    /** The rep reports a planned visit as done, once its day has come. */
    public void report(Actor actor, long id, long seenVersion, String result, String nextStep, ZoneId zone) {
        Visit visit = ownPlanned(actor, id, seenVersion);
        if (visit.date().isAfter(LocalDate.now(zone))) {
            throw new VisitRefused(null, "visit.refused.notYet");
        }
        visit.report(result(result, "result"), nextStep(nextStep), Instant.now());
    }

    /** The rep reports a planned visit as not made, with why. */
    public void miss(Actor actor, long id, long seenVersion, String why) {
        ownPlanned(actor, id, seenVersion).miss(result(why, "result"), Instant.now());
    }

    /** A rep's visits from one day to another (both included), for whoever may see them. */
    public List<Visit> of(Actor actor, String rep, LocalDate from, LocalDate to) {
        if (!access.maySee(actor, rep)) {
            AccessRefusals.record(actor.login(), AuditWording.of("audit.act.seeVisits", rep), "visit.refused.notYours");
            throw new VisitRefused(null, "visit.refused.notYours");
        }
        return em.createQuery("""
                select v from Visit v join fetch v.customer where v.rep = :rep and v.date between :from and :to
                order by v.date, v.id""", Visit.class)
                .setParameter("rep", rep).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** One visit, if the person may see it. */
    public Optional<Visit> visible(Actor actor, long id) {
        return Optional.ofNullable(em.find(Visit.class, id)).filter(v -> access.maySee(actor, v.rep()));
    }

    private Visit ownPlanned(Actor actor, long id, long seenVersion) {
        Visit visit = em.find(Visit.class, id);
        if (visit == null || !visit.rep().equals(actor.login())) {
            AccessRefusals.record(actor.login(), AuditWording.of("audit.act.reportVisit", id), "visit.refused.notYours");
            throw new VisitRefused(null, "visit.refused.notYours");
        }
        if (visit.version() != seenVersion || visit.status() != accord.visit.entity.VisitStatus.PLANNED) {
            throw new VisitRefused(null, "visit.refused.meanwhile");
        }
        return visit;
    }

    private Optional<Visit> sentBefore(String submission) {
        if (submission == null || submission.isBlank()) {
            throw new IllegalArgumentException("a visit form without its one-time id");
        }
        return em.createQuery("select v from Visit v where v.submission = :s", Visit.class).setParameter("s", submission)
                .getResultList().stream().findFirst();
    }

    private Customer customer(Input input) {
        Customer customer = input.customerId() == null ? null : em.find(Customer.class, input.customerId());
        if (customer == null) {
            throw new VisitRefused("customer", "visit.refused.customer");
        }
        if (input.date() == null) {
            throw new VisitRefused("date", "visit.refused.date");
        }
        if (input.purpose() == null) {
            throw new VisitRefused("purpose", "visit.refused.purpose");
        }
        return customer;
    }

    private static String result(String text, String field) {
        String kept = text == null ? "" : text.strip();
        if (kept.isEmpty()) {
            throw new VisitRefused(field, "visit.refused.result");
        }
        if (kept.length() > 1000) {
            throw new VisitRefused(field, "visit.refused.resultLength");
        }
        return kept;
    }

    private static String nextStep(String text) {
        String kept = text == null ? null : text.strip();
        if (kept != null && kept.length() > 500) {
            throw new VisitRefused("nextStep", "visit.refused.nextStepLength");
        }
        return kept == null || kept.isEmpty() ? null : kept;
    }
}
