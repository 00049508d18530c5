package accord.customer.boundary;

import accord.customer.control.AccountManagers;
import accord.customer.control.CustomerDirectory;
import accord.customer.control.CustomerRefused;
import accord.customer.entity.Customer;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * All of a rep's accounts to another rep in one step (a rep leaves, a territory moves): each with a
 * line of the managers' history, their open reviews and handoffs following, in one transaction. The
 * sales director and ADMIN for anyone; a sales manager within the teams they head.
 */
@ApplicationScoped
@Transactional
public class Reassignment {

    private static final Logger LOG = Logger.getLogger(Reassignment.class.getName());

    @Inject
    CustomerDirectory customers;

    @Inject
    Directory directory;

    @Inject
    AccountManagers accountManagers;

    /** May this person move the accounts of someone of this department? */
    public static boolean mayReassignFrom(Actor actor, String departmentCode) {
        return actor.admin() || actor.isIn(Role.SALES_DIRECTOR.name())
                || (actor.isIn(Role.SALES_MANAGER.name()) && actor.heads(departmentCode));
    }

    /** May this person give accounts to this person? */
    public static boolean mayGiveTo(Actor actor, Employee successor) {
        return successor.isActive() && (actor.admin() || actor.isIn(Role.SALES_DIRECTOR.name())
                || (actor.isIn(Role.SALES_MANAGER.name()) && actor.heads(successor.department().code())));
    }

    /** Moves every account of {@code from} to {@code to}; returns how many moved. */
    public int reassignAll(Actor actor, String from, String to) {
        Employee leaving = directory.employee(from).orElseThrow(() -> new CustomerRefused(null, "customers.refused.notAllowed"));
        if (!mayReassignFrom(actor, leaving.department().code())) {
            AccessRefusals.record(actor.login(), AuditWording.of("audit.act.reassignAccounts", from), "customers.refused.notAllowed");
            throw new CustomerRefused(null, "customers.refused.notAllowed");
        }
        Employee successor = directory.employee(to).filter(e -> !e.login().equals(from))
                .orElseThrow(() -> new CustomerRefused("successor", "reassign.refused.successor"));
        if (!mayGiveTo(actor, successor)) {
            throw new CustomerRefused("successor", "reassign.refused.successor");
        }
        List<Customer> accounts = customers.managedBy(from, LockModeType.PESSIMISTIC_WRITE);
        if (accounts.isEmpty()) {
            throw new CustomerRefused(null, "reassign.refused.none");
        }
        Instant now = Instant.now();
        accounts.forEach(customer -> accountManagers.change(customer, successor, actor.login(), now));
        LOG.info(() -> actor.login() + " moved " + accounts.size() + " accounts from " + from + " to " + to);
        return accounts.size();
    }
}
