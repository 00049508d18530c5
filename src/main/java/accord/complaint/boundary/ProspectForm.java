package accord.complaint.boundary;

import accord.customer.boundary.CustomerChoice;
import accord.customer.boundary.Customers;
import accord.customer.entity.Customer;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;

/**
 * On the intake form: a caller who is not a customer yet is registered as a prospect (kept
 * minimal: a name and a region) and becomes the complaint's customer; sales is told.
 */
@Named
@ViewScoped
public class ProspectForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    Customers customers;

    @Inject
    IntakePage intake;

    private String prospectName;
    private String prospectRegion;

    public void add() {
        try {
            Customer prospect = customers.addProspect(me.actor(), new Customers.Prospect(prospectName, prospectRegion));
            intake.setCustomer(CustomerChoice.of(prospect));
            intake.lookForSimilar();
            Messages.addGlobalInfo(Text.of("complaint.prospect.added", prospect.name(), prospect.code()));
            prospectName = null;
            prospectRegion = null;
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside("intake", refused);
        }
    }

    public String getProspectName() { return prospectName; }
    public void setProspectName(String prospectName) { this.prospectName = prospectName; }
    public String getProspectRegion() { return prospectRegion; }
    public void setProspectRegion(String prospectRegion) { this.prospectRegion = prospectRegion; }
}
