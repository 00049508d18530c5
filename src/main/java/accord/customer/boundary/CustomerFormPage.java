package accord.customer.boundary;

import accord.customer.control.CustomerDirectory;
import accord.customer.control.CustomerRecord;
import accord.customer.entity.Customer;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Adds a customer ({@code customers/edit.xhtml}) or keeps one ({@code ?code=…}): sales managers for their teams, the director, ADMIN. */
@Named
@ViewScoped
public class CustomerFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A person who may look after the account. */
    public record Choice(String login, String name) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    Customers customers;

    @Inject
    CustomerDirectory directoryOfCustomers;

    @Inject
    Directory directory;

    @Inject
    @Param(name = "code")
    String code;

    private boolean allowed;
    private String name;
    private String industry;
    private String region;
    private String accountManager;
    private Integer customerSince;

    public void load() {
        if (Faces.isPostback()) {
            return;
        }
        Actor actor = me.actor();
        if (code == null) {
            allowed = Customers.mayAdd(actor);
            return;
        }
        var customer = directoryOfCustomers.byCode(code);
        customer.filter(c -> Customers.mayKeep(actor, c)).ifPresent(this::fill);
        if (!allowed && customer.isPresent()) {
            AccessRefusals.record(actor.login(), AuditWording.of("audit.act.editCustomer", customer.get().code()), "customers.refused.notAllowed");
        }
        if (!allowed) {
            Messages.addGlobalError(Text.of("customers.refused.notAllowed"));
        }
    }

    private void fill(Customer customer) {
        allowed = true;
        name = customer.name();
        industry = customer.industry();
        region = customer.region();
        accountManager = customer.accountManager() == null ? null : customer.accountManager().login();
        customerSince = customer.customerSince();
    }

    public String save() {
        CustomerRecord record = new CustomerRecord(name, industry, region, accountManager, customerSince);
        try {
            String saved = code;
            if (code == null) {
                saved = customers.add(me.actor(), record).code();
                Messages.addFlashGlobalInfo(Text.of("customers.added", name, saved));
            } else {
                customers.edit(me.actor(), code, record);
                Messages.addFlashGlobalInfo(Text.of("customers.saved"));
            }
            return "/customers/view?faces-redirect=true&code=" + saved;
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside("customer", refused);
            return null;
        }
    }

    /** Who may look after it: for the director and ADMIN every active person in a sales team; for a sales manager their teams' people. */
    public List<Choice> getManagers() {
        Actor actor = me.actor();
        boolean anyone = actor.admin() || actor.isIn(Role.SALES_DIRECTOR.name());
        return directory.everyone().stream().filter(Employee::isActive)
                .filter(e -> anyone || actor.heads(e.department().code()))
                .map(e -> new Choice(e.login(), e.displayName() + " · " + e.department().name(me.getLocale()))).toList();
    }

    /** The director and ADMIN may leave an account unassigned; a sales manager chooses someone of their teams. */
    public boolean isManagerOptional() {
        Actor actor = me.actor();
        return actor.admin() || actor.isIn(Role.SALES_DIRECTOR.name());
    }

    public boolean isNew() { return code == null; }
    public boolean isAllowed() { return allowed; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getAccountManager() { return accountManager; }
    public void setAccountManager(String accountManager) { this.accountManager = accountManager; }
    public Integer getCustomerSince() { return customerSince; }
    public void setCustomerSince(Integer customerSince) { this.customerSince = customerSince; }
}
