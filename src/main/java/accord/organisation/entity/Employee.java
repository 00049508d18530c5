package accord.organisation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import accord.platform.entity.UtcTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A person who signs in to the portal. The login is also the Flowable user id. */
@Entity
@Table(name = "employee")
@NamedQuery(name = Employee.BY_LOGIN, query = "select e from Employee e where e.login = :login")
public class Employee {

    public static final String BY_LOGIN = "Employee.byLogin";

    @Id
    @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60, updatable = false)
    private String login;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 200)
    private String email;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Employee manager;

    @Column(length = 40)
    private String grade;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    /** Set by an ADMIN's reset: until the person chooses a new password they can do nothing else. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /** The person's chosen portal language (a BCP 47 tag), or null for the browser's. */
    @Column(length = 10)
    private String language;

    /** The person's time zone (an IANA id), or null for the business zone. */
    @Column(name = "time_zone", length = 60)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RecordSource source = RecordSource.LOCAL;

    @Column(name = "deactivated_at")
    private LocalDateTime deactivatedAt;

    @Column(name = "deactivated_by", length = 60)
    private String deactivatedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "employee_role", joinColumns = @JoinColumn(name = "employee_id"))
    @Column(name = "role", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Employee() {
        // for JPA
    }

    public Employee(String login, String displayName, String email, Department department, String passwordHash) {
        if (login == null || !login.matches("[a-z][a-z0-9._-]{1,59}")) {
            throw new IllegalArgumentException("A login is lower-case letters, digits, '.', '_' or '-': " + login);
        }
        this.login = login;
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email;
        this.department = Objects.requireNonNull(department);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles.add(Role.STAFF);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    /** Every person keeps STAFF: it is what lets them sign in and see their inbox. */
    public void revoke(Role role) {
        if (role == Role.STAFF) {
            throw new IllegalArgumentException("STAFF is not revoked; deactivate the person instead");
        }
        roles.remove(role);
    }

    /** The person's line manager (none at the top); never themselves nor someone who reports to them. */
    public void reportTo(Employee manager) {
        for (Employee above = manager; above != null; above = above.manager) {
            if (this.equals(above)) {
                throw new IllegalArgumentException("A line of managers never comes back to " + login);
            }
        }
        this.manager = manager;
    }

    public void grade(String grade) {
        this.grade = grade;
    }

    public void deactivate() {
        this.active = false;
    }

    /** The person left: they no longer sign in, act or get work; who did it and when is kept. */
    public void deactivate(String by, Instant at) {
        deactivate();
        this.deactivatedBy = Objects.requireNonNull(by);
        this.deactivatedAt = UtcTime.utc(at);
    }

    /** Name and email as the directory now knows them. */
    public void describe(String displayName, String email) {
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email;
    }

    public void moveTo(Department department) {
        this.department = Objects.requireNonNull(department);
    }

    public void chooseTimeZone(String zoneId) {
        this.timeZone = zoneId;
    }

    /** The person's own new password: any pending reset is done with. */
    public void changePasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.passwordChangeRequired = false;
    }

    /** A password someone else set (an ADMIN's reset, a shared demo password): the person must replace it. */
    public void resetPasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.passwordChangeRequired = true;
    }

    public void chooseLanguage(String languageTag) {
        this.language = languageTag;
    }

    public Long id() {
        return id;
    }

    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public Department department() {
        return department;
    }

    public Employee manager() {
        return manager;
    }

    public String grade() {
        return grade;
    }

    public boolean isActive() {
        return active;
    }

    public String passwordHash() {
        return passwordHash;
    }

    /** From now on the directory keeps this person's record and password. */
    public void keptByDirectory() {
        this.source = RecordSource.DIRECTORY;
    }

    public boolean isKeptByDirectory() {
        return source == RecordSource.DIRECTORY;
    }

    /** A directory person who is back: active again (their roles come from the directory's groups). */
    public void reactivate() {
        this.active = true;
        this.deactivatedAt = null;
        this.deactivatedBy = null;
    }

    public String deactivatedBy() {
        return deactivatedBy;
    }

    public Instant deactivatedAt() {
        return UtcTime.instant(deactivatedAt);
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public String language() {
        return language;
    }

    public String timeZone() {
        return timeZone;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** The record's version: it moves with every change (roles, activity, language). */
    public long version() {
        return version;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
