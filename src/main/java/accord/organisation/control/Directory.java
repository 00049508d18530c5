package accord.organisation.control;

import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
        return candidateGroupsOf(found.get());
    }

    private static List<String> candidateGroupsOf(Employee employee) {
        List<String> groups = new ArrayList<>();
        for (Department d = employee.department(); d != null; d = d.parent()) {
            groups.add(d.code());
        }
        for (Role role : employee.roles()) {
            groups.add(role.name());
        }
        return groups;
    }

    /** The person as a workflow actor; an unknown or inactive login acts with no groups and no rights. */
    public Actor actor(String login) {
        Optional<Employee> found = employee(login).filter(Employee::isActive);
        if (found.isEmpty()) {
            return new Actor(login, List.of(), Set.of(), false);
        }
        Set<String> headed = new HashSet<>();
        for (Department department : em.createQuery("select d from Department d where d.head.login = :login",
                Department.class).setParameter("login", login).getResultList()) {
            headed.add(department.code());
            teamsOf(department).forEach(team -> headed.add(team.code()));
        }
        return new Actor(login, candidateGroupsOf(found.get()), headed, found.get().has(Role.ADMIN));
    }

    public List<Department> teamsOf(Department department) {
        return em.createQuery("select d from Department d where d.parent = :parent", Department.class)
                .setParameter("parent", department).getResultList();
    }

    /** Is the person an active member of the department or of one of its teams? */
    public boolean isMember(String login, String departmentCode) {
        return employee(login).filter(Employee::isActive)
                .map(e -> departmentCode.equals(e.department().code())
                        || (e.department().parent() != null && departmentCode.equals(e.department().parent().code())))
                .orElse(false);
    }

    /** The person's active direct reports, by name. */
    public List<Employee> directReports(String login) {
        return em.createQuery("select e from Employee e where e.manager.login = :login and e.active = true order by e.displayName",
                Employee.class).setParameter("login", login).getResultList();
    }

    public List<Department> departments() {
        return em.createQuery("select d from Department d order by d.code", Department.class).getResultList();
    }


    /** Logins of the active members of these departments (and of their teams). */
    public List<String> memberLogins(Collection<String> departmentCodes) {
        if (departmentCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                select e.login from Employee e join e.department d left join d.parent p
                where e.active = true and (d.code in :codes or p.code in :codes)""",
                String.class)
                .setParameter("codes", departmentCodes)
                .getResultList();
    }

    /** A person's display name, or the login itself for someone not (or no longer) in the directory. */
    public String displayName(String login) {
        return login == null ? null : employee(login).map(Employee::displayName).orElse(login);
    }

    /** Display names by login, for showing many people at once. */
    public Map<String, String> displayNames(Collection<String> logins) {
        if (logins.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        em.createQuery("select e.login, e.displayName from Employee e where e.login in :logins", Object[].class)
                .setParameter("logins", logins)
                .getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** The active people with the role, by login. */
    public List<Employee> withRole(Role role) {
        return em.createQuery("select e from Employee e join e.roles r where r = :role and e.active = true order by e.login",
                Employee.class).setParameter("role", role).getResultList();
    }

    public List<Employee> everyone() {
        return em.createQuery("select e from Employee e order by e.department.code, e.displayName", Employee.class)
                .getResultList();
    }

    /** Active administrators other than this person (the last one keeps the role and stays). */
    public long otherActiveAdministrators(Employee person) {
        return em.createQuery("""
                select count(e) from Employee e join e.roles r
                where r = :admin and e.active = true and e <> :person""", Long.class)
                .setParameter("admin", Role.ADMIN).setParameter("person", person).getSingleResult();
    }

    public long employeeCount() {
        return em.createQuery("select count(e) from Employee e", Long.class).getSingleResult();
    }
}
