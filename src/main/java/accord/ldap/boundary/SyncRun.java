package accord.ldap.boundary;

import accord.ldap.control.LdapDirectory;
import accord.ldap.control.LdapSettings;
import accord.ldap.entity.SyncState;
import accord.organisation.boundary.Departments;
import accord.organisation.boundary.Roles;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.people.boundary.Departures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One synchronisation applied, in one transaction under the lock of the sync row: the
 * directory's departments and people created, updated, moved, and those gone from it deactivated
 * (people with their work handed to their manager). What cannot be done automatically is left as
 * it is and said in the report, never half done.
 */
@ApplicationScoped
@Transactional
public class SyncRun {

    /** Who the history names for what the synchronisation changes. */
    public static final String BY = "directory";
    /** A local account with ADMIN stays local, so that someone can always sign in when the directory cannot. */
    static final Actor SYSTEM = new Actor(BY, List.of(), Set.of(), true);

    /** What a run did. */
    public record Report(boolean reached, int departmentsAdded, int departmentsChanged, int departmentsDeactivated,
            int peopleAdded, int peopleChanged, int peopleDeactivated, List<String> notes) {

        /** As stored: "reached" and the six counts, or "unreached", then one note per line (see LdapDirectory.note). */
        public String summary() {
            String head = reached ? "reached %d %d %d %d %d %d".formatted(departmentsAdded, departmentsChanged,
                    departmentsDeactivated, peopleAdded, peopleChanged, peopleDeactivated) : "unreached";
            return notes.isEmpty() ? head : head + "\n" + String.join("\n", notes);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    Departments departments;

    @Inject
    Departures departures;

    @Inject
    Roles roles;

    private final class Counts {
        int departmentsAdded;
        int departmentsChanged;
        int departmentsDeactivated;
        int peopleAdded;
        int peopleChanged;
        int peopleDeactivated;
        final List<String> notes = new ArrayList<>();
    }

    public Report apply(LdapDirectory.Snapshot snapshot, LdapSettings settings, String by, Instant started) {
        SyncState state = em.find(SyncState.class, SyncState.ID, LockModeType.PESSIMISTIC_WRITE);
        Counts counts = new Counts();
        counts.notes.addAll(snapshot.problems());
        Set<String> codes = new HashSet<>();
        for (LdapDirectory.Unit unit : snapshot.units()) {
            codes.add(unit.code());
            department(unit, counts);
        }
        Set<String> logins = new HashSet<>();
        for (LdapDirectory.Person person : snapshot.people()) {
            logins.add(person.login());
            person(person, counts);
        }
        em.flush();
        Set<Role> mapped = EnumSet.noneOf(Role.class);
        mapped.addAll(settings.groupRoles().values());
        for (LdapDirectory.Person person : snapshot.people()) {
            directory.employee(person.login()).filter(Employee::isKeptByDirectory).ifPresent(e -> {
                manager(e, person, counts);
                roles(e, person, mapped, counts);
            });
        }
        gonePeople(logins, counts);
        goneDepartments(codes, counts);
        Report report = new Report(true, counts.departmentsAdded, counts.departmentsChanged, counts.departmentsDeactivated,
                counts.peopleAdded, counts.peopleChanged, counts.peopleDeactivated, List.copyOf(counts.notes));
        state.ran(by, started, Instant.now(), report.summary());
        return report;
    }

    /** A run that did not reach the directory is remembered too (the admin page and health say so). */
    public void unreached(String by, Instant started, String note) {
        em.find(SyncState.class, SyncState.ID, LockModeType.PESSIMISTIC_WRITE).ran(by, started, Instant.now(), "unreached\n" + note);
    }

    public Optional<SyncState> last() {
        return Optional.ofNullable(em.find(SyncState.class, SyncState.ID));
    }

    private void department(LdapDirectory.Unit unit, Counts counts) {
        if (unit.nameZh().length() > 100 || unit.nameEn().length() > 100) {
            counts.notes.add(LdapDirectory.note(unit.code(), "ldap.note.longName"));
            return;
        }
        Department parent = unit.parentCode() == null ? null : directory.department(unit.parentCode()).orElse(null);
        Optional<Department> stored = directory.department(unit.code());
        if (stored.isEmpty()) {
            Department created = new Department(unit.code(), unit.nameZh(), unit.nameEn(), parent);
            created.keptByDirectory();
            em.persist(created);
            em.flush();
            counts.departmentsAdded++;
            return;
        }
        Department department = stored.get();
        boolean changed = !department.isKeptByDirectory() || !department.isActive() || !unit.nameZh().equals(department.nameZh())
                || !unit.nameEn().equals(department.nameEn()) || !Objects.equals(parent, department.parent());
        if (changed) {
            department.keptByDirectory();
            department.reactivate();
            department.rename(unit.nameZh(), unit.nameEn());
            department.moveUnder(parent);
            counts.departmentsChanged++;
        }
    }

    private void person(LdapDirectory.Person entry, Counts counts) {
        Optional<Department> department = directory.department(entry.departmentCode()).filter(Department::isActive);
        if (department.isEmpty()) {
            counts.notes.add(LdapDirectory.note(entry.login(), "ldap.note.noDepartment"));
            return;
        }
        String name = entry.name() == null ? entry.login() : entry.name();
        if (name.length() > 120 || (entry.email() != null && entry.email().length() > 200)) {
            counts.notes.add(LdapDirectory.note(entry.login(), "ldap.note.longName"));
            return;
        }
        Optional<Employee> stored = directory.employee(entry.login());
        if (stored.isEmpty()) {
            // The directory keeps the password: the stored one is never checked and matches nothing.
            Employee created = new Employee(entry.login(), name, entry.email(), department.get(), "!directory");
            created.keptByDirectory();
            em.persist(created);
            counts.peopleAdded++;
            return;
        }
        Employee person = stored.get();
        if (!person.isKeptByDirectory() && person.has(Role.ADMIN)) {
            counts.notes.add(LdapDirectory.note(entry.login(), "ldap.note.localAdmin"));
            return;
        }
        if (!person.isActive() && !BY.equals(person.deactivatedBy())) {
            counts.notes.add(LdapDirectory.note(entry.login(), "ldap.note.deactivatedHere"));
            return;
        }
        boolean changed = !person.isKeptByDirectory() || !person.isActive() || !name.equals(person.displayName())
                || !Objects.equals(entry.email(), person.email()) || !department.get().equals(person.department());
        if (changed) {
            person.keptByDirectory();
            person.reactivate();
            person.describe(name, entry.email());
            person.moveTo(department.get());
            counts.peopleChanged++;
        }
    }

    private void manager(Employee person, LdapDirectory.Person entry, Counts counts) {
        Employee manager = entry.managerLogin() == null ? null
                : directory.employee(entry.managerLogin()).filter(Employee::isActive).orElse(null);
        if (Objects.equals(manager, person.manager())) {
            return;
        }
        try {
            person.reportTo(manager);
            counts.peopleChanged++;
        } catch (IllegalArgumentException loop) {
            counts.notes.add(LdapDirectory.note(person.login(), "person.refused.managerLoop"));
        }
    }

    /** The roles the directory's groups give (those the mapping names) follow the groups; others stay the portal's. */
    private void roles(Employee person, LdapDirectory.Person entry, Set<Role> mapped, Counts counts) {
        for (Role role : mapped) {
            boolean should = entry.roles().contains(role);
            if (should && !person.has(role)) {
                roles.grant(SYSTEM, person.login(), new Roles.Change(role, Roles.FROM_DIRECTORY));
                counts.peopleChanged++;
            } else if (!should && person.has(role) && role != Role.STAFF
                    && !(role == Role.ADMIN && directory.otherActiveAdministrators(person) == 0)) {
                roles.revoke(SYSTEM, person.login(), new Roles.Change(role, Roles.FROM_DIRECTORY));
                counts.peopleChanged++;
            }
        }
    }

    /** People the directory kept who are gone from it leave, their work to their manager. */
    private void gonePeople(Set<String> logins, Counts counts) {
        List<Employee> kept = em.createQuery("""
                select e from Employee e where e.source = accord.organisation.entity.RecordSource.DIRECTORY and e.active = true""",
                Employee.class).getResultList();
        for (Employee person : kept) {
            if (logins.contains(person.login())) {
                continue;
            }
            String successor = person.manager() != null && person.manager().isActive() ? person.manager().login() : null;
            var refused = departures.refusal(SYSTEM, person.login(), successor);
            if (refused.isPresent()) {
                counts.notes.add(LdapDirectory.note(person.login(), "ldap.note.notDeactivated", refused.get().messageKey()));
            } else {
                departures.deactivate(SYSTEM, person.login(), successor);
                counts.peopleDeactivated++;
            }
        }
    }

    private void goneDepartments(Set<String> codes, Counts counts) {
        List<Department> kept = em.createQuery("""
                select d from Department d where d.source = accord.organisation.entity.RecordSource.DIRECTORY and d.active = true""",
                Department.class).getResultList();
        for (Department department : kept) {
            if (codes.contains(department.code())) {
                continue;
            }
            if (departments.blockers(department.code()).none()) {
                department.deactivate();
                counts.departmentsDeactivated++;
            } else {
                counts.notes.add(LdapDirectory.note(department.code(), "ldap.note.departmentBusy"));
            }
        }
    }
}
