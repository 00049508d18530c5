package accord.inbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A list and filter a person saved under a name; at most one is their default. */
@Entity
@Table(name = "saved_filter")
public class SavedFilter {

    public static final int MAX_NAME = 60;

    @Id
    @SequenceGenerator(name = "saved_filter_seq", sequenceName = "saved_filter_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_filter_seq")
    private Long id;

    @Column(name = "owner_login", nullable = false, length = 60, updatable = false)
    private String owner;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TaskList list;

    @Column(name = "process_key")
    private String processKey;

    @Column(length = 100)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private DueFilter due;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private PriorityLevel priority;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "is_default", nullable = false)
    private boolean preferred;

    @Version
    private long version;

    protected SavedFilter() {
        // for JPA
    }

    public SavedFilter(String owner, String name) {
        this.owner = Objects.requireNonNull(owner);
        rename(name);
    }

    private void rename(String newName) {
        String trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new IllegalArgumentException("A filter name has 1 to " + MAX_NAME + " characters");
        }
        this.name = trimmed;
    }

    /** Keeps this list and filter under the filter's name. */
    public void keep(TaskList list, TaskFilter filter) {
        this.list = Objects.requireNonNull(list);
        this.processKey = filter.getProcessKey();
        this.text = filter.getText() == null || filter.getText().isBlank() ? null : filter.getText().strip();
        this.due = filter.getDue();
        this.priority = filter.getPriority();
        this.customerId = filter.getCustomerId();
    }

    public TaskFilter filter() {
        TaskFilter filter = new TaskFilter();
        filter.setProcessKey(processKey);
        filter.setText(text);
        filter.setDue(due);
        filter.setPriority(priority);
        filter.setCustomerId(customerId);
        return filter;
    }

    public void makeDefault(boolean preferred) {
        this.preferred = preferred;
    }

    public boolean isOwnedBy(String login) {
        return owner.equals(login);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public TaskList getList() {
        return list;
    }

    public boolean isDefault() {
        return preferred;
    }
}
