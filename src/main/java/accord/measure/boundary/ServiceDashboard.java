package accord.measure.boundary;

import static accord.platform.entity.UtcTime.utc;

import accord.complaint.entity.ComplaintStatus;
import accord.organisation.entity.Role;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Customer service's part of the home page: the open complaints by where they stand against their
 * resolution time (late, due within a day, on time, paused waiting for information), and the last
 * seven days' complaints registered and closed, day by day in the reader's time zone.
 */
@Named
@ViewScoped
public class ServiceDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A day of the week's trend. */
    public record Day(String label, long registered, long closed) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @PersistenceContext
    EntityManager em;

    private long[] states;
    private List<Day> week;

    public boolean isShown() {
        return me.getLogin() != null && me.actor().isIn(Role.CUSTOMER_SERVICE.name());
    }

    /** Late, due within a day, on time, paused: the open complaints as they stand now. */
    public long[] getStates() {
        if (states == null) {
            states = new long[4];
            LocalDateTime now = utc(Instant.now());
            for (Object[] row : em.createQuery("select c.status, c.resolveDue from Complaint c where c.status in :open", Object[].class)
                    .setParameter("open", ComplaintStatus.OPEN).getResultList()) {
                LocalDateTime due = (LocalDateTime) row[1];
                if (row[0] == ComplaintStatus.WAITING_FOR_INFORMATION) {
                    states[3]++;
                } else if (due.isBefore(now)) {
                    states[0]++;
                } else if (due.isBefore(now.plusDays(1))) {
                    states[1]++;
                } else {
                    states[2]++;
                }
            }
        }
        return states;
    }

    public List<Day> getWeek() {
        if (week == null) {
            week = new ArrayList<>();
            LocalDate today = LocalDate.now(me.zone());
            DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(me.getLocale());
            for (LocalDate day = today.minusDays(6); !day.isAfter(today); day = day.plusDays(1)) {
                LocalDateTime from = utc(day.atStartOfDay(me.zone()).toInstant());
                LocalDateTime to = utc(day.plusDays(1).atStartOfDay(me.zone()).toInstant());
                long registered = em.createQuery("select count(c) from Complaint c where c.registeredAt >= :from and c.registeredAt < :to",
                        Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
                long closed = em.createQuery("select count(c) from Complaint c where c.status = :closed and c.closedAt >= :from"
                        + " and c.closedAt < :to", Long.class).setParameter("closed", ComplaintStatus.CLOSED)
                        .setParameter("from", from).setParameter("to", to).getSingleResult();
                week.add(new Day(day.format(format), registered, closed));
            }
        }
        return week;
    }

    /** The week as Chart.js draws it: two bars a day. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder registered = Json.createArrayBuilder();
        JsonArrayBuilder closed = Json.createArrayBuilder();
        getWeek().forEach(d -> {
            labels.add(d.label());
            registered.add(d.registered());
            closed.add(d.closed());
        });
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Text.of("dashboard.service.registered")).add("data", registered)
                                .add("backgroundColor", "#c7d2e8"))
                        .add(Json.createObjectBuilder().add("label", Text.of("dashboard.service.closed")).add("data", closed)
                                .add("backgroundColor", "#5b8def"))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
