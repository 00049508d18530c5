package accord.customer.entity;

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
import jakarta.persistence.Version;
import java.util.Objects;

/** A person at the customer: name, title, how to reach them, and whether they decide (for the review meeting). */
@Entity
@Table(name = "customer_contact")
public class Contact {

    @Id
    @SequenceGenerator(name = "customer_contact_seq", sequenceName = "customer_contact_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_contact_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", updatable = false)
    private Customer customer;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 100)
    private String title;

    @Column(length = 40)
    private String phone;

    @Column(length = 120)
    private String email;

    @Column(name = "decision_maker", nullable = false)
    private boolean decisionMaker;

    @Version
    private long version;

    protected Contact() {
        // for JPA
    }

    public Contact(Customer customer, String name, String title, String phone, String email, boolean decisionMaker) {
        this.customer = Objects.requireNonNull(customer);
        this.name = Objects.requireNonNull(name);
        this.title = title;
        this.phone = phone;
        this.email = email;
        this.decisionMaker = decisionMaker;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public boolean isDecisionMaker() {
        return decisionMaker;
    }
}
