package accord.platform;

import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.security.control.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import org.flowable.engine.RuntimeService;

/** Test data and transactional probes for PlatformIT; each call makes its own, uniquely named data. */
@ApplicationScoped
@Transactional
public class PlatformFixture {

    @PersistenceContext
    EntityManager em;

    @Inject
    accord.keyaccount.control.SalesFigures salesFigures;

    @Inject
    RuntimeService runtime;

    @Inject
    Passwords passwords;

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** One user action: a JPA write and a process start, then optionally a failure. */
    public void createDepartmentAndStartProcess(String code, boolean failAfterwards) {
        em.persist(new Department(code, "测试部", "Test", null));
        runtime.startProcessInstanceByKey("itOfferedTask", code, Map.of("offeredTo", code));
        em.flush();
        if (failAfterwards) {
            throw new IllegalStateException("failure after both writes");
        }
    }

    public long departmentsWithCode(String code) {
        return em.createQuery("select count(d) from Department d where d.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    public Department department(String code, String parentCode) {
        Department parent = parentCode == null ? null
                : em.createQuery("select d from Department d where d.code = :c", Department.class)
                        .setParameter("c", parentCode).getSingleResult();
        Department department = new Department(code, "测试部", "Test", parent);
        em.persist(department);
        return department;
    }

    public void appointHead(String departmentCode, String login) {
        Department department = em.createQuery("select d from Department d where d.code = :c", Department.class)
                .setParameter("c", departmentCode).getSingleResult();
        department.appointHead(em.createNamedQuery(Employee.BY_LOGIN, Employee.class)
                .setParameter("login", login).getSingleResult());
    }

    /** The person reports to the manager (who gets their overdue decisions). */
    public void reportTo(String login, String manager) {
        em.createNamedQuery(Employee.BY_LOGIN, Employee.class).setParameter("login", login).getSingleResult()
                .reportTo(em.createNamedQuery(Employee.BY_LOGIN, Employee.class).setParameter("login", manager).getSingleResult());
    }

    /** The person's grade, held since the given day (recorded in their grade history). */
    public void grade(String login, String grade, java.time.LocalDate since) {
        Employee person = em.createNamedQuery(Employee.BY_LOGIN, Employee.class).setParameter("login", login).getSingleResult();
        person.grade(grade);
        em.persist(new accord.grading.entity.GradeChange(person, null, grade, since, "test", java.time.Instant.now(), "Hired"));
    }

    /** Starts an inbox test case as {@code starter}: a review task offered to {@code offeredTo}. */
    public String startCase(String starter, String caseNumber, String subject, String offeredTo, String approver,
            java.util.Date due, int priority) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("offeredTo", offeredTo);
        variables.put("approver", approver);
        variables.put("due", due);
        variables.put("priority", priority);
        variables.put(accord.casefile.control.CaseVariables.SUBJECT, subject);
        variables.put(accord.casefile.control.CaseVariables.CUSTOMER_NAME, "测试客户");
        return accord.workflow.control.Acting.as(starter, () -> runtime.createProcessInstanceBuilder()
                .processDefinitionKey("itInboxCase").businessKey(caseNumber).name(subject).variables(variables)
                .start().getId());
    }

    /** A person with a mail address ({@code <login>@accord.test}) who reads the portal in this language ("en" or "zh-CN"). */
    public String withMail(String departmentCode, String language, Role... roles) {
        String login = member(departmentCode, roles);
        Employee person = em.createNamedQuery(Employee.BY_LOGIN, Employee.class).setParameter("login", login).getSingleResult();
        person.describe(person.displayName(), login + "@accord.test");
        person.chooseLanguage(language);
        return login;
    }

    /** Starts an inbox test case offered to a department, then fails: nothing of it stays. */
    public void startCaseAndFail(String starter, String offeredTo) {
        startCase(starter, unique("IT"), "rolled back", offeredTo, starter, null, 50);
        throw new IllegalStateException("failure after the case started");
    }

    @Inject
    accord.mail.control.Outbox outbox;

    /** A mail written as a step would write it (in a transaction of its own here). */
    public void tell(String login, accord.mail.entity.MailKind kind, accord.mail.control.Draft draft) {
        outbox.tell(login, kind, reader -> draft);
    }

    /** Mails waiting for a later attempt may be sent now (instead of waiting for their back-off). */
    public void mailsDueNow() {
        em.createNativeQuery("update mail_outbox set next_attempt_at = ?1 where state = 'PENDING'")
                .setParameter(1, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1)).executeUpdate();
    }

    /** Every decision link sent to this person has run out (as if 72 hours had passed). */
    public void decisionLinksRunOut(String login) {
        em.createNativeQuery("update decision_link set expires_at = ?1 where recipient = ?2")
                .setParameter(1, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1)).setParameter(2, login)
                .executeUpdate();
    }

    /** A person who never signs in (no password hashing: fast). */
    public String member(String departmentCode, Role... roles) {
        return person(departmentCode, "-", true, roles);
    }

    public String employee(String departmentCode, String password, boolean active, Role... roles) {
        return person(departmentCode, passwords.hash(password.toCharArray()), active, roles);
    }

    private String person(String departmentCode, String hash, boolean active, Role... roles) {
        Department department = em.createQuery("select d from Department d where d.code = :c", Department.class)
                .setParameter("c", departmentCode).getSingleResult();
        String login = unique("it.").toLowerCase();
        Employee employee = new Employee(login, "测试员工 " + login, null, department, hash);
        for (Role role : roles) {
            employee.grant(role);
        }
        if (!active) {
            employee.deactivate();
        }
        em.persist(employee);
        return login;
    }

    /** An absence stored as is, past days allowed (planning refuses them), for tests of its ending. */
    public long absence(String person, String deputy, java.time.LocalDate firstDay, java.time.LocalDate lastDay) {
        accord.deputy.entity.Absence absence = new accord.deputy.entity.Absence(person, deputy, firstDay, lastDay);
        em.persist(absence);
        em.flush();
        return absence.getId();
    }

    /** A quarter's target and sales of a customer, stored as typed figures. */
    public void figure(long customerId, int year, int quarter, String target, String actual) {
        accord.customer.entity.Customer customer = em.find(accord.customer.entity.Customer.class, customerId);
        salesFigures.save(customer, year, quarter, new java.math.BigDecimal(target), new java.math.BigDecimal(actual), null,
                accord.customer.entity.SalesFigure.Source.PORTAL, "it", java.time.Instant.now());
    }

    /** A customer of the tier, with a unique code; returns its id. */
    public long customer(accord.customer.entity.Tier tier, String name) {
        return customer(tier, name, null);
    }

    /** A customer of the tier looked after by the account manager (a login, or null); returns its id. */
    public long customer(accord.customer.entity.Tier tier, String name, String accountManager) {
        accord.organisation.entity.Employee manager = accountManager == null ? null
                : em.createNamedQuery(accord.organisation.entity.Employee.BY_LOGIN, accord.organisation.entity.Employee.class)
                        .setParameter("login", accountManager).getSingleResult();
        accord.customer.entity.Customer customer = new accord.customer.entity.Customer(unique("C"), name, tier, manager,
                null, null, null);
        em.persist(customer);
        em.flush();
        return customer.id();
    }

    /** The customer's code, as pages and links name it. */
    public String codeOf(long customerId) {
        return em.find(accord.customer.entity.Customer.class, customerId).code();
    }

    /** A contact person of the customer, with this mail address. */
    public void contact(long customerId, String name, String email) {
        em.persist(new accord.customer.entity.Contact(em.find(accord.customer.entity.Customer.class, customerId), name, null, null, email,
                false));
    }
}
