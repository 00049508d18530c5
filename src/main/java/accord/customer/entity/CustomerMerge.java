package accord.customer.entity;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;

/** A duplicate customer merged into the one kept: what it was, what moved, who merged it and when. Never changed once written. */
@Entity
@Table(name = "customer_merge")
public class CustomerMerge {

    @Id
    @SequenceGenerator(name = "customer_merge_seq", sequenceName = "customer_merge_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_merge_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "kept_id", updatable = false)
    private Customer kept;

    @Column(name = "dropped_code", nullable = false, length = 20, updatable = false)
    private String droppedCode;

    @Column(name = "dropped_name", nullable = false, length = 200, updatable = false)
    private String droppedName;

    @Column(name = "dropped_tier", nullable = false, length = 1, updatable = false)
    private String droppedTier;

    @Column(name = "dropped_manager", length = 60, updatable = false)
    private String droppedManager;

    /** What moved, as "bundle key=count" pairs separated by ";", said in the reader's words on the page. */
    @Column(nullable = false, length = 2000, updatable = false)
    private String moved;

    @Column(name = "merged_by", nullable = false, length = 60, updatable = false)
    private String mergedBy;

    @Column(name = "merged_at", nullable = false, updatable = false)
    private LocalDateTime mergedAt;

    protected CustomerMerge() {
        // for JPA
    }

    public CustomerMerge(Customer kept, Customer dropped, String moved, String mergedBy, Instant at) {
        this.kept = kept;
        this.droppedCode = dropped.code();
        this.droppedName = dropped.name();
        this.droppedTier = dropped.tier().name();
        this.droppedManager = dropped.accountManager() == null ? null : dropped.accountManager().login();
        this.moved = moved;
        this.mergedBy = mergedBy;
        this.mergedAt = utc(at);
    }

    public Customer kept() { return kept; }
    public String droppedCode() { return droppedCode; }
    public String droppedName() { return droppedName; }
    public String droppedTier() { return droppedTier; }
    public String droppedManager() { return droppedManager; }
    public String moved() { return moved; }
    public String mergedBy() { return mergedBy; }
    public Instant mergedAt() { return instant(mergedAt); }
}
