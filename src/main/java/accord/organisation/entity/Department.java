package accord.organisation.entity;

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
import java.util.Locale;
import java.util.Objects;

/**
 * A department or a team inside one (Sales has regional teams). Its code is also the Flowable
 * candidate group of the department's work queue.
 */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 30, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Department parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_id")
    private Employee head;

    @Column(nullable = false)
    private boolean active = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RecordSource source = RecordSource.LOCAL;

    @Version
    private long version;

    protected Department() {
        // for JPA
    }

    public Department(String code, String nameZh, String nameEn, Department parent) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,29}")) {
            throw new IllegalArgumentException("Department code must be upper-case letters, digits or _: " + code);
        }
        this.code = code;
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.parent = parent;
    }

    /** Only a member of the department can head it. */
    public void appointHead(Employee employee) {
        if (employee != null && !this.equals(employee.department())) {
            throw new IllegalArgumentException(employee.login() + " is not a member of " + code);
        }
        this.head = employee;
    }

    public void rename(String nameZh, String nameEn) {
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
    }

    /** Under another department (or at the top with null); never under itself or one of its own teams. */
    public void moveUnder(Department parent) {
        for (Department above = parent; above != null; above = above.parent) {
            if (this.equals(above)) {
                throw new IllegalArgumentException(code + " cannot move under itself or its own team");
            }
        }
        this.parent = parent;
    }

    public void deactivate() {
        this.active = false;
        this.head = null;
    }

    public void keptByDirectory() {
        this.source = RecordSource.DIRECTORY;
    }

    public boolean isKeptByDirectory() {
        return source == RecordSource.DIRECTORY;
    }

    public void reactivate() {
        this.active = true;
    }

    public boolean isActive() {
        return active;
    }

    public String name(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public Department parent() {
        return parent;
    }

    public Employee head() {
        return head;
    }
}
