package accord.organisation;

import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.setup.control.SetupTokens;
import accord.setup.entity.SetupToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Committed changes the directory tests set up and undo (each call its own transaction). */
@ApplicationScoped
@Transactional
public class DirectoryFixture {

    @PersistenceContext
    EntityManager em;

    /** Deactivates every active ADMIN, as on a database that waits for its first one; returns their logins. */
    public List<String> withoutAdministrators() {
        List<Employee> admins = em.createQuery("select e from Employee e join e.roles r where r = :admin and e.active = true",
                Employee.class).setParameter("admin", Role.ADMIN).getResultList();
        admins.forEach(Employee::deactivate);
        return admins.stream().map(Employee::login).toList();
    }

    public void reactivate(List<String> logins) {
        em.createQuery("update Employee e set e.active = true, e.version = e.version + 1 where e.login in :logins")
                .setParameter("logins", logins).executeUpdate();
    }

    public void deactivate(String login) {
        em.createQuery("update Employee e set e.active = false, e.version = e.version + 1 where e.login = :login")
                .setParameter("login", login).executeUpdate();
    }

    /** A token that expired an hour ago. */
    public void expiredToken(String token) {
        Instant created = Instant.now().minus(Duration.ofHours(25));
        em.persist(new SetupToken(SetupTokens.hashOf(token), created, created.plus(Duration.ofHours(24))));
    }

    public long setupTokens() {
        return em.createQuery("select count(t) from SetupToken t", Long.class).getSingleResult();
    }

    public Employee employee(String login) {
        Employee employee = em.createNamedQuery(Employee.BY_LOGIN, Employee.class).setParameter("login", login).getSingleResult();
        employee.department().code(); // read while the transaction lasts
        return employee;
    }

    public String deputyOf(long absenceId) {
        return em.find(accord.deputy.entity.Absence.class, absenceId).getDeputy();
    }

    public String accountManagerOf(long customerId) {
        return em.find(accord.customer.entity.Customer.class, customerId).accountManager().login();
    }

    public String headOf(String departmentCode) {
        return em.createQuery("select d.head.login from Department d where d.code = :code", String.class)
                .setParameter("code", departmentCode).getSingleResult();
    }
}
