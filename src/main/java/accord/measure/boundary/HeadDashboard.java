package accord.measure.boundary;

import static accord.platform.entity.UtcTime.utc;

import accord.handoff.control.PendingApprovals;
import accord.handoff.entity.Handoff;
import accord.handoff.entity.HandoffStatus;
import accord.measure.control.Figure;
import accord.organisation.control.Directory;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A department head's part of the home page: the handoffs waiting for their decision, the work in
 * hand per assignee in their departments, and the share delivered by the date promised (or asked
 * for) over the last 90 days.
 */
@Named
@ViewScoped
public class HeadDashboard implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DELIVERY_DAYS = 90;

    /** A handoff waiting for approval. */
    public record Waiting(String number, String subject, LocalDate neededBy) implements Serializable {
    }

    /** Work in hand: a person and how many handoffs they are delivering. */
    public record Load(String name, long handoffs) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    Directory directory;

    @Inject
    PendingApprovals approvals;

    @PersistenceContext
    EntityManager em;

    private List<Waiting> waiting;
    private List<Load> workload;
    private Figure onTime;
    private long delivered;

    public boolean isShown() {
        return me.getLogin() != null && me.actor().headsAny();
    }

    public List<Waiting> getWaiting() {
        if (waiting == null) {
            // The decisions the head holds, as the menu's Approvals counts them (a deputy's or an escalation's too).
            waiting = approvals.of(me.getLogin()).stream().map(PendingApprovals.Pending::handoff)
                    .map(h -> new Waiting(h.getNumber(), h.getSubject(), h.getNeededBy())).toList();
        }
        return waiting;
    }

    public List<Load> getWorkload() {
        if (workload == null) {
            Map<String, Long> byAssignee = new TreeMap<>();
            em.createQuery("select h.assignee, count(h) from Handoff h where h.targetDepartment in :headed and h.status in :working"
                    + " and h.assignee is not null group by h.assignee", Object[].class).setParameter("headed", me.actor().headOf())
                    .setParameter("working", List.of(HandoffStatus.IN_PROGRESS, HandoffStatus.REASSIGNING, HandoffStatus.ACCEPTANCE))
                    .getResultList().forEach(row -> byAssignee.put((String) row[0], (Long) row[1]));
            Map<String, String> names = directory.displayNames(byAssignee.keySet());
            workload = byAssignee.entrySet().stream().map(e -> new Load(names.getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList();
        }
        return workload;
    }

    /** Handoffs delivered in the last 90 days by the date promised (or, without one, asked for), of all delivered. */
    public Figure getOnTime() {
        if (onTime == null) {
            List<Handoff> done = em.createQuery("select h from Handoff h where h.targetDepartment in :headed and h.deliveredAt >= :since",
                    Handoff.class).setParameter("headed", me.actor().headOf())
                    .setParameter("since", utc(Instant.now().minus(DELIVERY_DAYS, ChronoUnit.DAYS))).getResultList();
            delivered = done.size();
            long kept = done.stream().filter(h -> !h.getDeliveredAt().atZone(me.zone()).toLocalDate()
                    .isAfter(h.getPromisedBy() == null ? h.getNeededBy() : h.getPromisedBy())).count();
            onTime = delivered == 0 ? Figure.missing("dashboard.head.noneDelivered") : Figure.of(100.0 * kept / delivered);
        }
        return onTime;
    }

    public long getDelivered() {
        getOnTime();
        return delivered;
    }

    public String getOnTimeText() {
        return getOnTime().known() ? FigureText.percent(getOnTime()) : accord.platform.control.Text.of(getOnTime().missing());
    }
}
