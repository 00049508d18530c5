package accord.handoff.control;

import accord.handoff.entity.Handoff;
import accord.handoff.entity.HandoffStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A department's handoffs by month of request, incoming (asked of it) and outgoing (asked by it):
 * how many, how many done, the median cycle time, how many were accepted at the first delivery,
 * how often the promised date held, and the requesters' rating; plus how many are overdue now.
 */
@ApplicationScoped
public class Board {

    public enum Direction { INCOMING, OUTGOING }

    /** One month of one direction. Null figures mean "nothing to measure yet", never zero. */
    public record Month(YearMonth month, Direction direction, int requested, int done, Double medianCycleDays,
            Double firstTimeAcceptance, Double promiseHeld, Double rating) implements Serializable {
    }

    public record Figures(long overdueIncoming, long overdueOutgoing, List<Month> months) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    /** The last {@code months} months (this one included), newest first, for a department and its teams. */
    public Figures of(Collection<String> departments, int months, ZoneId zone, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        LocalDateTime since = current.minusMonths(months - 1L).atDay(1).atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        List<Handoff> handoffs = em.createQuery("""
                select h from Handoff h where h.requestedAt >= :since
                and (h.targetDepartment in :departments or h.requesterDepartment in :departments)""", Handoff.class)
                .setParameter("since", since).setParameter("departments", departments).getResultList();
        List<Month> rows = new ArrayList<>();
        for (int back = 0; back < months; back++) {
            YearMonth month = current.minusMonths(back);
            Predicate<Handoff> inMonth = h -> YearMonth.from(h.getRequestedAt().atZone(zone)).equals(month);
            rows.add(month(month, Direction.INCOMING, handoffs.stream()
                    .filter(inMonth.and(h -> departments.contains(h.getTargetDepartment()))).toList(), zone));
            rows.add(month(month, Direction.OUTGOING, handoffs.stream()
                    .filter(inMonth.and(h -> departments.contains(h.getRequesterDepartment()))).toList(), zone));
        }
        return new Figures(overdue("targetDepartment", departments, today), overdue("requesterDepartment", departments, today),
                rows);
    }

    private static Month month(YearMonth month, Direction direction, List<Handoff> requested, ZoneId zone) {
        List<Handoff> done = requested.stream().filter(h -> h.getStatus() == HandoffStatus.DONE).toList();
        List<Double> cycleDays = done.stream().map(h -> h.cycleTime().toMinutes() / (double) Duration.ofDays(1).toMinutes())
                .sorted().toList();
        List<Boolean> held = done.stream().map(h -> h.promiseHeld(zone)).filter(Objects::nonNull).toList();
        return new Month(month, direction, requested.size(), done.size(), median(cycleDays),
                share(done.stream().map(h -> h.getSendBackCount() == 0).toList()), share(held),
                done.isEmpty() ? null : done.stream().mapToInt(Handoff::getRating).average().orElseThrow());
    }

    private long overdue(String side, Collection<String> departments, LocalDate today) {
        return em.createQuery("select count(h) from Handoff h where h." + side + " in :departments and h.status in :open"
                        + " and (h.breached = :breached or (h.status = :working and h.promisedBy < :today)"
                        + " or (h.promisedBy is null and h.neededBy < :today))", Long.class)
                .setParameter("departments", departments).setParameter("open", HandoffStatus.OPEN)
                .setParameter("breached", Boolean.TRUE).setParameter("working", HandoffStatus.IN_PROGRESS).setParameter("today", today).getSingleResult();
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static Double share(List<Boolean> outcomes) {
        return outcomes.isEmpty() ? null : outcomes.stream().filter(Boolean::booleanValue).count() / (double) outcomes.size();
    }
}
