package accord.complaint;

import accord.complaint.boundary.ComplaintIntake;
import accord.complaint.control.Registration;
import accord.complaint.entity.Category;
import accord.complaint.entity.Channel;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.Severity;
import accord.organisation.control.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** A complaint registered the way customer service registers one, for tests of what follows from it. */
@ApplicationScoped
public class ComplaintFixture {

    @Inject
    ComplaintIntake intake;

    @Inject
    Directory directory;

    /** A medium product-quality complaint of the customer, by phone, registered by the agent. */
    public Complaint register(String agent, long customerId) {
        Registration form = new Registration();
        form.setCustomerId(customerId);
        form.setContactName("王经理");
        form.setContactPhone("+86 21 5555-0101");
        form.setChannel(Channel.PHONE);
        form.setCategory(Category.PRODUCT_QUALITY);
        form.setSeverity(Severity.MEDIUM);
        form.setSubject("The pump is loud");
        form.setDescription("The customer says the pump is loud at full speed.");
        return intake.register(directory.actor(agent), form, List.of());
    }
}
