package accord.keyaccount.control;

import accord.calendar.control.WorkingCalendar;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.ComplaintStatus;
import accord.customer.entity.Customer;
import accord.customer.entity.SalesFigure;
import accord.handoff.entity.Handoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The review dossier, computed from the portal's data when it is read: last year's sales against
 * target and their growth, its orders and cancellations (where the figures carry them), the
 * account's key status over last year (kept, upgraded, downgraded), the last twelve months'
 * complaints (how many, resolved in time, the customers' satisfaction, reopened) and handoffs for
 * the account. Nothing here is typed in.
 */
@ApplicationScoped
public class Dossier {

    /** Null figures mean there was nothing to measure. */
    public record Facts(int lastYear, BigDecimal lastYearTarget, BigDecimal lastYearActual, Double attainment, Double growth,
            Integer orders, Integer cancelledOrders, Retention.Movement movement, Integer customerSince,
            long complaints, long openComplaints, Double inTime, Double satisfaction, long reopened, long handoffs,
            long handoffsDone) implements Serializable {

        /** Cancelled / all orders, over the quarters that have both counts; null without any. */
        public Double cancellation() {
            return orders == null || orders == 0 || cancelledOrders == null ? null : cancelledOrders / (double) orders;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SalesFigures figures;

    @Inject
    Retention retention;

    @Inject
    WorkingCalendar calendar;

    public Facts of(Customer customer, int reviewYear, Instant now) {
        int lastYear = reviewYear - 1;
        List<SalesFigure> quarters = figures.of(customer.id());
        List<SalesFigures.Year> years = SalesFigures.byYear(quarters);
        List<SalesFigure> countedQuarters = quarters.stream()
                .filter(f -> f.getYear() == lastYear && f.getOrders() != null && f.getCancelledOrders() != null).toList();
        SalesFigures.Year last = years.stream().filter(y -> y.year() == lastYear).findFirst().orElse(null);
        SalesFigures.Year before = years.stream().filter(y -> y.year() == lastYear - 1).findFirst().orElse(null);
        Double growth = last == null || before == null || last.actual() == null || before.actual() == null
                || before.actual().signum() == 0 ? null : (last.actual().doubleValue() / before.actual().doubleValue() - 1) * 100;
        LocalDateTime since = LocalDateTime.ofInstant(now.minus(365, ChronoUnit.DAYS), ZoneOffset.UTC);
        List<Complaint> complaints = em.createQuery("select c from Complaint c where c.customer.id = :customer"
                + " and c.registeredAt >= :since", Complaint.class)
                .setParameter("customer", customer.id()).setParameter("since", since).getResultList();
        List<Complaint> closed = complaints.stream().filter(c -> c.getStatus() == ComplaintStatus.CLOSED).toList();
        List<Handoff> handoffs = em.createQuery("select h from Handoff h where h.customer.id = :customer and h.requestedAt >= :since",
                Handoff.class).setParameter("customer", customer.id()).setParameter("since", since).getResultList();
        return new Facts(lastYear, last == null ? null : last.target(), last == null ? null : last.actual(),
                last == null ? null : last.attainment(), growth,
                countedQuarters.isEmpty() ? null : countedQuarters.stream().mapToInt(SalesFigure::getOrders).sum(),
                countedQuarters.isEmpty() ? null : countedQuarters.stream().mapToInt(SalesFigure::getCancelledOrders).sum(),
                retention.movement(customer, lastYear, calendar.zone()), customer.customerSince(), complaints.size(),
                complaints.stream().filter(c -> c.getStatus().isOpen()).count(),
                closed.isEmpty() ? null : closed.stream().filter(c -> !c.isLate(now)).count() / (double) closed.size(),
                closed.stream().filter(c -> c.getSatisfaction() != null).mapToInt(Complaint::getSatisfaction).average().stream()
                        .boxed().findFirst().orElse(null),
                complaints.stream().filter(c -> c.getReopenCount() > 0).count(), handoffs.size(),
                handoffs.stream().filter(h -> h.getStatus() == accord.handoff.entity.HandoffStatus.DONE).count());
    }

    /** The account's decision makers, "name (title)": who is invited to its review meeting unless someone says otherwise. */
    public java.util.List<String> decisionMakers(long customerId) {
        return em.createQuery("select p from Contact p where p.customer.id = :id and p.decisionMaker = true order by p.id",
                        accord.customer.entity.Contact.class)
                .setParameter("id", customerId).getResultList().stream()
                .map(p -> p.getName() + (p.getTitle() == null ? "" : " (" + p.getTitle() + ")")).toList();
    }

    /** The account's reviews, newest first. */
    public java.util.List<accord.keyaccount.entity.AccountReview> reviewsOf(long customerId) {
        return em.createQuery("select r from AccountReview r where r.customer.id = :id order by r.startedAt desc",
                accord.keyaccount.entity.AccountReview.class).setParameter("id", customerId).getResultList();
    }

    /** The account's tier changes, newest first. */
    public java.util.List<accord.customer.entity.TierChange> tierChangesOf(long customerId) {
        return em.createQuery("select t from TierChange t where t.customer.id = :id order by t.changedAt desc",
                accord.customer.entity.TierChange.class).setParameter("id", customerId).getResultList();
    }

    /** The review with this number, its customer, account manager and plan, whoever may see it (the caller checks). */
    public java.util.Optional<accord.keyaccount.entity.AccountReview> review(String number) {
        return em.createQuery("select r from AccountReview r join fetch r.customer c left join fetch c.accountManager m"
                        + " left join fetch m.department left join fetch r.planActions where r.number = :number",
                        accord.keyaccount.entity.AccountReview.class)
                .setParameter("number", number).getResultStream().findFirst();
    }
}
