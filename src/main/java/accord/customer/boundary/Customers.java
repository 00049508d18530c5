package accord.customer.boundary;

import static accord.platform.control.Input.stripped;

import accord.customer.control.AccountAccess;
import accord.customer.control.AccountManagers;
import accord.customer.control.CustomerRecord;
import accord.customer.control.CustomerRefused;
import accord.customer.entity.Customer;
import accord.customer.entity.ManagerChange;
import accord.customer.entity.Tier;
import accord.notice.control.Notices;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.platform.control.FieldRules;
import accord.platform.control.LogText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.Year;
import java.util.logging.Logger;

/**
 * Customers kept in the portal: sales managers add and keep those of their teams, the sales
 * director and ADMIN all of them; customer service registers a caller who is not a customer yet as
 * a prospect at a complaint's intake, and the sales managers and the director are told.
 */
@ApplicationScoped
@Transactional
public class Customers {

    private static final Logger LOG = Logger.getLogger(Customers.class.getName());

    /** A caller at a complaint's intake (components named as the intake's prospect fields). */
    public record Prospect(
            @NotBlank(message = "customers.refused.name") @Size(max = 200, message = "customers.refused.name") String prospectName,
            @Size(max = 60, message = "customers.refused.region") String prospectRegion) {

        public Prospect {
            prospectName = stripped(prospectName);
            prospectRegion = stripped(prospectRegion);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    Notices notices;

    @Inject
    AccountManagers accountManagers;

    /** May this person add customers at all (sales managers, the sales director, ADMIN)? */
    public static boolean mayAdd(Actor actor) {
        return actor.admin() || actor.isIn(Role.SALES_DIRECTOR.name()) || actor.isIn(Role.SALES_MANAGER.name());
    }

    /** May this person keep this customer: the director and ADMIN any; a sales manager those of their teams and prospects. */
    public static boolean mayKeep(Actor actor, Customer customer) {
        return actor.admin() || actor.isIn(Role.SALES_DIRECTOR.name()) || (actor.isIn(Role.SALES_MANAGER.name())
                && (customer.accountManager() == null || AccountAccess.headsManagerOf(actor, customer)));
    }

    public Customer add(Actor actor, CustomerRecord record) {
        return add(actor, record, Tier.C);
    }

    /** The same with a tier other than C: a company's customers moved in from its old system (the director and ADMIN only). */
    public Customer add(Actor actor, CustomerRecord record, Tier tier) {
        if (tier != Tier.C && !actor.admin() && !actor.isIn(Role.SALES_DIRECTOR.name())) {
            throw denied(actor, "tier", AuditWording.of("audit.act.addCustomerInTier", tier), "import.customers.tierDirector");
        }
        if (!mayAdd(actor)) {
            throw denied(actor, null, AuditWording.of("audit.act.addCustomer"), "customers.refused.notAllowed");
        }
        FieldRules.check(record, CustomerRefused::new);
        Employee manager = accountManager(actor, record);
        Customer customer = new Customer(nextCode(), record.name(), tier, null, record.region(), record.industry(),
                record.customerSince() == null ? Year.now().getValue() : record.customerSince());
        em.persist(customer);
        em.flush();
        accountManagers.change(customer, manager, actor.login(), Instant.now());
        LOG.info(() -> actor.login() + " added customer " + customer.code());
        return customer;
    }

    public void edit(Actor actor, String code, CustomerRecord record) {
        Customer customer = em.createQuery("select c from Customer c where c.code = :code", Customer.class)
                .setParameter("code", code).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new CustomerRefused(null, "figures.refused.noCustomer"));
        if (!mayKeep(actor, customer)) {
            throw denied(actor, null, AuditWording.of("audit.act.editCustomer", customer.code()), "customers.refused.notAllowed");
        }
        FieldRules.check(record, CustomerRefused::new);
        customer.describe(record.name(), record.industry(), record.region(), record.customerSince());
        accountManagers.change(customer, accountManager(actor, record), actor.login(), Instant.now());
        LOG.info(() -> actor.login() + " edited customer " + LogText.of(code));
    }

    /** Customer service registers a caller as a prospect; sales managers and the director are told, to find them an account manager. */
    public Customer addProspect(Actor actor, Prospect prospect) {
        if (!actor.admin() && !actor.isIn(Role.CUSTOMER_SERVICE.name())) {
            throw denied(actor, null, AuditWording.of("audit.act.registerProspect"), "customers.refused.notAllowed");
        }
        FieldRules.check(prospect, CustomerRefused::new);
        Customer customer = Customer.prospect(nextCode(), prospect.prospectName(), prospect.prospectRegion());
        em.persist(customer);
        em.flush();
        String link = "/customers/view.xhtml?code=" + customer.code();
        for (Role role : new Role[] {Role.SALES_MANAGER, Role.SALES_DIRECTOR}) {
            directory.withRole(role).forEach(person -> notices.tell(person.login(), "customers.notice.prospect", link,
                    customer.name(), customer.code(), prospect.prospectRegion() == null ? "—" : prospect.prospectRegion()));
        }
        LOG.info(() -> actor.login() + " registered prospect " + customer.code());
        return customer;
    }

    /** Who managed the account when, newest first. */
    public java.util.List<ManagerChange> managersOf(long customerId) {
        return em.createQuery("select m from ManagerChange m where m.customer.id = :id order by m.changedAt desc, m.id desc",
                ManagerChange.class).setParameter("id", customerId).getResultList();
    }

    /** The account manager chosen: an active person; for a sales manager alone, a member of a team they head. */
    private Employee accountManager(Actor actor, CustomerRecord record) {
        if (record.accountManager() == null) {
            if (actor.admin() || actor.isIn(Role.SALES_DIRECTOR.name())) {
                return null;
            }
            throw new CustomerRefused("accountManager", "customers.refused.accountManager");
        }
        Employee manager = directory.employee(record.accountManager()).filter(Employee::isActive)
                .orElseThrow(() -> new CustomerRefused("accountManager", "customers.refused.accountManager"));
        boolean anyone = actor.admin() || actor.isIn(Role.SALES_DIRECTOR.name());
        if (!anyone && !actor.heads(manager.department().code())) {
            throw new CustomerRefused("accountManager", "customers.refused.notYourTeam");
        }
        return manager;
    }

    private String nextCode() {
        // nextval('…') is understood by PostgreSQL and H2 alike.
        return "C" + ((Number) em.createNativeQuery("select nextval('customer_code_seq')").getSingleResult()).longValue();
    }

    /** Refused, logged and recorded: not this person's to do. */
    private static CustomerRefused denied(Actor actor, String field, AuditWording action, String key) {
        AccessRefusals.record(actor.login(), action, key);
        return new CustomerRefused(field, key);
    }
}
