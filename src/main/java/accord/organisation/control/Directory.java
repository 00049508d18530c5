package accord.organisation.control;

import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Look-ups in the organisation directory, for sign-in, the engine and pages. */
@ApplicationScoped
public class Directory {

    @PersistenceContext
    EntityManager em;

    public Optional<Employee> employee(String login) {
        if (login == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Employee.BY_LOGIN, Employee.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst();
    }

    public Optional<Department> department(String code) {
        return em.createQuery("select d from Department d where d.code = :code", Department.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /**
     * The Flowable candidate groups of a person: their department's code, the codes of the
     * departments above it (a Sales team member also serves Sales) and their role names.
     * An inactive or unknown person is in no group.
     */
    public List<String> candidateGroupsOf(String login) {
        Optional<Employee> found = employee(login).filter(Employee::isActive);
        if (found.isEmpty()) {
            return List.of();
        }
        Employee employee = found.get();
        List<String> groups = new ArrayList<>();
        for (Department d = employee.department(); d != null; d = d.parent()) {
            groups.add(d.code());
        }
        for (Role role : employee.roles()) {
            groups.add(role.name());
        }
        return groups;
    }

    /** The active members of a department, including its teams. */
    public List<Employee> members(Department department) {
        return em.createQuery("""
                select e from Employee e
                where e.active = true and (e.department = :d or e.department.parent = :d)
                order by e.displayName""", Employee.class)
                .setParameter("d", department)
                .getResultList();
    }

    public List<Employee> everyone() {
        return em.createQuery("select e from Employee e order by e.department.code, e.displayName", Employee.class)
                .getResultList();
    }

    public long employeeCount() {
        return em.createQuery("select count(e) from Employee e", Long.class).getSingleResult();
    }
}
