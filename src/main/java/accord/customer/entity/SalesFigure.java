package accord.customer.entity;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/** A customer's sales target and actual sales for one quarter, in yuan; either may still be unknown. */
@Entity
@Table(name = "sales_figure")
public class SalesFigure {

    /** Where the figure came from: typed in the portal, or an imported file. */
    public enum Source { PORTAL, IMPORT }

    @Id
    @SequenceGenerator(name = "sales_figure_seq", sequenceName = "sales_figure_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_figure_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", updatable = false)
    private Customer customer;

    /** The same foreign key, read-only: the measures read it without joining the customer (see docs/benchmarks.md). */
    @jakarta.persistence.Column(name = "customer_id", insertable = false, updatable = false)
    private Long customerId;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "fiscal_quarter", nullable = false, updatable = false)
    private int quarter;

    @Column(precision = 14, scale = 2)
    private BigDecimal target;

    @Column(precision = 14, scale = 2)
    private BigDecimal actual;

    /** Orders placed in the quarter and how many of them were cancelled; null while not imported. */
    private Integer orders;

    @Column(name = "cancelled_orders")
    private Integer cancelledOrders;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Source source;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected SalesFigure() {
        // for JPA
    }

    public SalesFigure(Customer customer, int year, int quarter) {
        this.customer = Objects.requireNonNull(customer);
        this.year = year;
        this.quarter = quarter;
    }

    /** A quarter's order counts; either may be unknown. */
    public record Orders(Integer placed, Integer cancelled) {
    }

    /**
     * Sets the figures, and the orders unless they are null (then the stored ones stay); true if
     * anything changed (the same values again change nothing, not even who or when).
     */
    public boolean set(BigDecimal target, BigDecimal actual, Orders orders, Source source, String by, Instant at) {
        boolean sameOrders = orders == null
                || (Objects.equals(this.orders, orders.placed()) && Objects.equals(this.cancelledOrders, orders.cancelled()));
        if (same(this.target, target) && same(this.actual, actual) && sameOrders && updatedBy != null) {
            return false;
        }
        this.target = target;
        this.actual = actual;
        if (orders != null) {
            this.orders = orders.placed();
            this.cancelledOrders = orders.cancelled();
        }
        this.source = source;
        this.updatedBy = by;
        this.updatedAt = utc(at);
        return true;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getActual() {
        return actual;
    }

    public Integer getOrders() {
        return orders;
    }

    public Integer getCancelledOrders() {
        return cancelledOrders;
    }

    public Source getSource() {
        return source;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return instant(updatedAt);
    }
}
