package accord.customer.entity;

import accord.organisation.entity.Employee;
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
import java.util.Objects;

/** A customer company, looked after by one account manager. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Tier tier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_manager_id")
    private Employee accountManager;

    @Column(length = 60)
    private String region;

    @Column(length = 60)
    private String industry;

    @Column(name = "customer_since")
    private Integer customerSince;

    /** Registered by customer service at a complaint's intake, not yet a customer sales looks after. */
    @Column(nullable = false)
    private boolean prospect;

    @Version
    private long version;

    protected Customer() {
        // for JPA
    }

    public Customer(String code, String name, Tier tier, Employee accountManager, String region, String industry,
            Integer customerSince) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.tier = Objects.requireNonNull(tier);
        this.accountManager = accountManager;
        this.region = region;
        this.industry = industry;
        this.customerSince = customerSince;
    }

    /** A caller registered at a complaint's intake: tier C, nobody looks after them yet. */
    public static Customer prospect(String code, String name, String region) {
        Customer customer = new Customer(code, name, Tier.C, null, region, null, null);
        customer.prospect = true;
        return customer;
    }

    public void describe(String name, String industry, String region, Integer customerSince) {
        this.name = Objects.requireNonNull(name);
        this.industry = industry;
        this.region = region;
        this.customerSince = customerSince;
    }

    /** Someone looks after the account now: a prospect becomes a customer. */
    public void lookAfterBy(Employee manager) {
        this.accountManager = manager;
        if (manager != null) {
            this.prospect = false;
        }
    }

    public boolean isProspect() {
        return prospect;
    }

    /** A new tier, and the record of the change that the caller keeps. */
    public TierChange retier(Tier newTier, String by, java.time.Instant at, String reason) {
        if (newTier == tier) {
            throw new IllegalArgumentException(code + " already is tier " + tier);
        }
        TierChange change = new TierChange(this, tier, Objects.requireNonNull(newTier), by, at, Objects.requireNonNull(reason));
        this.tier = newTier;
        return change;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Tier tier() {
        return tier;
    }

    public Employee accountManager() {
        return accountManager;
    }

    public String region() {
        return region;
    }

    public String industry() {
        return industry;
    }

    public Integer customerSince() {
        return customerSince;
    }
}
