package accord.people.boundary;

import accord.organisation.boundary.Roles;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.control.DirectoryRefused;
import accord.organisation.control.GradeNames;
import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.people.control.PersonRecord;
import accord.platform.control.FieldRules;
import accord.security.control.Passwords;
import accord.security.control.ZoneNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * ADMIN adds people to the directory and keeps their record: name, email, department, manager,
 * language and time zone; the grade and roles a new person starts with. A new person gets a
 * temporary password to hand over, replaced at their first sign-in. Roles change later on the
 * person's page (with a reason), grades through the grade history.
 */
@ApplicationScoped
@Transactional
public class Employees {

    private static final Logger LOG = Logger.getLogger(Employees.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    GradeNames grades;

    @Inject
    Passwords passwords;

    @Inject
    Roles roles;

    /** Adds the person with these roles (STAFF always); returns their temporary password, shown once. */
    public String create(Actor admin, PersonRecord record, Set<Role> startingRoles) {
        mayMaintain(admin);
        FieldRules.check(record, DirectoryRefused::new);
        if (directory.employee(record.login()).isPresent()) {
            throw new DirectoryRefused("login", "person.refused.loginTaken");
        }
        if (record.grade() != null && !grades.codes().contains(record.grade())) {
            throw new DirectoryRefused("grade", "person.refused.grade");
        }
        String temporary = Passwords.temporary();
        Employee person = new Employee(record.login(), record.displayName(), record.email(), department(record),
                passwords.hash(temporary.toCharArray()));
        person.resetPasswordHash(person.passwordHash());
        person.grade(record.grade());
        describe(person, record);
        em.persist(person);
        em.flush();
        Set<Role> granted = startingRoles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(startingRoles);
        granted.remove(Role.STAFF);
        granted.forEach(role -> roles.grant(admin, person.login(), new Roles.Change(role, Roles.CREATED)));
        LOG.info(() -> admin.login() + " added " + record.login() + " to " + record.department());
        return temporary;
    }

    /** Keeps the person's record (not their login, grade or roles). */
    public void edit(Actor admin, String login, PersonRecord record) {
        mayMaintain(admin);
        FieldRules.check(record, DirectoryRefused::new);
        Employee person = em.createNamedQuery(Employee.BY_LOGIN, Employee.class).setParameter("login", login)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .filter(Employee::isActive).orElseThrow(() -> new DirectoryRefused(null, "departure.refused.inactive"));
        if (person.isKeptByDirectory()) {
            keepDirectoryFields(person, record);
        }
        person.moveTo(department(record));
        describe(person, record);
        LOG.info(() -> admin.login() + " edited " + login);
    }

    private void describe(Employee person, PersonRecord record) {
        person.describe(record.displayName(), record.email());
        Employee manager = record.manager() == null ? null : directory.employee(record.manager()).filter(Employee::isActive)
                .orElseThrow(() -> new DirectoryRefused("manager", "person.refused.manager"));
        try {
            person.reportTo(manager);
        } catch (IllegalArgumentException loop) {
            throw new DirectoryRefused("manager", "person.refused.managerLoop");
        }
        if (record.language() != null && !Set.of("zh-CN", "en").contains(record.language())) {
            throw new DirectoryRefused("language", "person.refused.language");
        }
        person.chooseLanguage(record.language());
        if (record.timeZone() != null && !ZoneNames.isOffered(record.timeZone())) {
            throw new DirectoryRefused("timeZone", "settings.refused.zone");
        }
        person.chooseTimeZone(record.timeZone());
    }

    /** Name, email, department and manager of a person the directory keeps change there, not here. */
    private static void keepDirectoryFields(Employee person, PersonRecord record) {
        String manager = person.manager() == null ? null : person.manager().login();
        if (!record.displayName().equals(person.displayName()) || !java.util.Objects.equals(record.email(), person.email())
                || !record.department().equals(person.department().code()) || !java.util.Objects.equals(record.manager(), manager)) {
            throw new DirectoryRefused(null, "person.refused.directoryOwned");
        }
    }

    private Department department(PersonRecord record) {
        return directory.department(record.department()).filter(Department::isActive)
                .orElseThrow(() -> new DirectoryRefused("department", "person.refused.department"));
    }

    private static void mayMaintain(Actor admin) {
        if (!admin.admin()) {
            throw new DirectoryRefused(null, "person.refused.notAdmin");
        }
    }
}
