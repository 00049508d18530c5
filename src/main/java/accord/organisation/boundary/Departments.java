package accord.organisation.boundary;

import static accord.platform.control.Input.stripped;

import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.control.DirectoryRefused;
import accord.organisation.control.GroupWork;
import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.platform.control.FieldRules;
import accord.platform.control.LogText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * ADMIN keeps the departments: creates them, renames them in both languages, moves them under
 * another, appoints the head, and deactivates one that nobody works in any more.
 */
@ApplicationScoped
@Transactional
public class Departments {

    private static final Logger LOG = Logger.getLogger(Departments.class.getName());

    /** A department as typed (components named as the form's fields); the code only when it is new. */
    public record Unit(
            @NotBlank(message = "setup.refused.departmentCode") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,29}",
                    message = "setup.refused.departmentCode") String code,
            @NotBlank(message = "setup.refused.departmentName") @Size(max = 100, message = "setup.refused.departmentName")
            String nameZh,
            @NotBlank(message = "setup.refused.departmentName") @Size(max = 100, message = "setup.refused.departmentName")
            String nameEn,
            String parent,
            String head) {

        public Unit {
            code = stripped(code);
            nameZh = stripped(nameZh);
            nameEn = stripped(nameEn);
            parent = stripped(parent);
            head = stripped(head);
        }
    }

    /** What keeps a department from being deactivated: members, teams and open work, counted. */
    public record Blockers(long members, long teams, long openTasks) {
        public boolean none() {
            return members == 0 && teams == 0 && openTasks == 0;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    Instance<GroupWork> work;

    public Department create(Actor admin, Unit unit) {
        mayMaintain(admin);
        FieldRules.check(unit, DirectoryRefused::new);
        if (directory.department(unit.code()).isPresent()) {
            throw new DirectoryRefused("code", "departments.refused.codeTaken");
        }
        Department department = new Department(unit.code(), unit.nameZh(), unit.nameEn(), parent(unit, null));
        em.persist(department);
        LOG.info(() -> admin.login() + " created department " + unit.code());
        return department;
    }

    /** Names, place and head of an active department (its code stays: it names its work queue). */
    public void edit(Actor admin, String code, Unit unit) {
        mayMaintain(admin);
        FieldRules.check(unit, DirectoryRefused::new);
        Department department = active(code);
        String parentCode = department.parent() == null ? null : department.parent().code();
        if (department.isKeptByDirectory() && (!unit.nameZh().equals(department.nameZh()) || !unit.nameEn().equals(department.nameEn())
                || !java.util.Objects.equals(unit.parent(), parentCode))) {
            throw new DirectoryRefused(null, "departments.refused.directoryOwned");
        }
        department.rename(unit.nameZh(), unit.nameEn());
        try {
            department.moveUnder(parent(unit, department));
        } catch (IllegalArgumentException loop) {
            throw new DirectoryRefused("parent", "departments.refused.loop");
        }
        Employee head = unit.head() == null ? null : directory.employee(unit.head()).filter(Employee::isActive)
                .filter(e -> e.department().equals(department))
                .orElseThrow(() -> new DirectoryRefused("head", "departments.refused.head"));
        department.appointHead(head);
        LOG.info(() -> admin.login() + " edited department " + LogText.of(code));
    }

    public Blockers blockers(String code) {
        long members = em.createQuery("select count(e) from Employee e where e.department.code = :code and e.active = true",
                Long.class).setParameter("code", code).getSingleResult();
        long teams = em.createQuery("select count(d) from Department d where d.parent.code = :code and d.active = true",
                Long.class).setParameter("code", code).getSingleResult();
        long open = 0;
        for (GroupWork queue : work) {
            open += queue.openFor(code);
        }
        return new Blockers(members, teams, open);
    }

    /** Refused, saying why, while people work in it, teams hang under it or work waits in its queue. */
    public void deactivate(Actor admin, String code) {
        mayMaintain(admin);
        Department department = active(code);
        if (department.isKeptByDirectory()) {
            throw new DirectoryRefused(null, "departments.refused.directoryOwned");
        }
        Blockers blockers = blockers(code);
        if (!blockers.none()) {
            throw new DirectoryRefused(null, "departments.refused.busy", blockers.members(), blockers.teams(), blockers.openTasks());
        }
        department.deactivate();
        LOG.info(() -> admin.login() + " deactivated department " + LogText.of(code));
    }

    /** Every department with its parent and head, for the list. */
    public List<Department> all() {
        return new ArrayList<>(em.createQuery("""
                select d from Department d left join fetch d.parent left join fetch d.head order by d.active desc, d.code""",
                Department.class).getResultList());
    }

    private Department active(String code) {
        return em.createQuery("select d from Department d where d.code = :code", Department.class)
                .setParameter("code", code).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .filter(Department::isActive).orElseThrow(() -> new DirectoryRefused(null, "departments.refused.notFound"));
    }

    private Department parent(Unit unit, Department self) {
        if (unit.parent() == null) {
            return null;
        }
        return directory.department(unit.parent()).filter(Department::isActive).filter(d -> !d.equals(self))
                .orElseThrow(() -> new DirectoryRefused("parent", "departments.refused.parent"));
    }

    private static void mayMaintain(Actor admin) {
        if (!admin.admin()) {
            throw new DirectoryRefused(null, "departments.refused.notAdmin");
        }
    }
}
