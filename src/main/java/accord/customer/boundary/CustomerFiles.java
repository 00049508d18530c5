package accord.customer.boundary;

import accord.customer.control.CustomerDirectory;
import accord.customer.control.CustomerImport;
import accord.customer.control.CustomerRefused;
import accord.customer.entity.Customer;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.platform.control.LogText;
import accord.platform.control.TableExport;
import accord.platform.control.TableFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Customers in and out as CSV or XLSX: exported with the import's columns (those the person may
 * keep), imported in one transaction, all or nothing with every bad line named; a line without a
 * code adds a customer, one with a code keeps it (its tier changes on the customer's page).
 */
@ApplicationScoped
@Transactional
public class CustomerFiles {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(CustomerFiles.class.getName());

    /** What an import did: its problems (then nothing changed), or how many customers were added and kept. */
    public record Result(List<CustomerImport.Problem> problems, int added, int updated) {
        public boolean imported() {
            return problems.isEmpty();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Customers customers;

    @Inject
    CustomerDirectory directoryOfCustomers;

    @Inject
    Directory directory;

    public Result importFile(Actor actor, String fileName, byte[] content) {
        if (!Customers.mayAdd(actor)) {
            throw new CustomerRefused(null, "customers.refused.notAllowed");
        }
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new CustomerRefused("file", "figures.import.file");
        }
        List<TableFile.Line> lines;
        try {
            lines = TableFile.read(fileName, content);
        } catch (IOException unreadable) {
            return new Result(List.of(new CustomerImport.Problem(1, null, "figures.import.unreadable")), 0, 0);
        }
        CustomerImport.Checked checked = CustomerImport.check(lines, rules(actor));
        if (!checked.problems().isEmpty()) {
            return new Result(checked.problems(), 0, 0);
        }
        int added = 0;
        for (CustomerImport.Line line : checked.lines()) {
            if (line.code() == null) {
                customers.add(actor, line.record(), line.tier());
                added++;
            } else {
                customers.edit(actor, line.code(), line.record());
            }
        }
        int created = added;
        LOG.info(() -> actor.login() + " imported customers from " + LogText.of(fileName) + ": " + created + " added, "
                + (checked.lines().size() - created) + " kept");
        return new Result(List.of(), added, checked.lines().size() - added);
    }

    /** The customers the person may keep, with the import's columns. */
    public List<List<String>> rows(Actor actor) {
        if (!Customers.mayAdd(actor)) {
            throw new CustomerRefused(null, "customers.refused.notAllowed");
        }
        return em.createQuery("select c from Customer c left join fetch c.accountManager order by c.code", Customer.class)
                .getResultList().stream().filter(c -> Customers.mayKeep(actor, c))
                .map(c -> Arrays.asList(c.code(), c.name(), c.industry(), c.region(),
                        c.accountManager() == null ? null : c.accountManager().login(),
                        c.customerSince() == null ? null : String.valueOf(c.customerSince()), c.tier().name()))
                .toList();
    }

    public byte[] export(Actor actor, boolean xlsx) {
        List<List<String>> rows = rows(actor);
        return xlsx ? TableExport.xlsx("customers", CustomerImport.COLUMNS, rows) : TableExport.csv(CustomerImport.COLUMNS, rows);
    }

    private CustomerImport.Rules rules(Actor actor) {
        boolean free = actor.admin() || actor.isIn(Role.SALES_DIRECTOR.name());
        return new CustomerImport.Rules() {
            @Override
            public Optional<CustomerImport.Stored> customer(String code) {
                return directoryOfCustomers.byCode(code).map(c -> new CustomerImport.Stored(c.tier(), Customers.mayKeep(actor, c)));
            }

            @Override
            public boolean mayLookAfter(String login) {
                return directory.employee(login).filter(Employee::isActive)
                        .map(e -> free || actor.heads(e.department().code())).orElse(false);
            }

            @Override
            public boolean choosesFreely() {
                return free;
            }
        };
    }
}
