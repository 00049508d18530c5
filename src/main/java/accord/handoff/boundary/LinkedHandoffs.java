package accord.handoff.boundary;

import accord.handoff.control.HandoffRegister;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The handoffs opened from a complaint, as the complaint's pages list them (only those the viewer may see). */
@Named
@RequestScoped
public class LinkedHandoffs {

    public record Link(String number, String subject, String department, String status) {
    }

    @Inject
    CurrentPerson me;

    @Inject
    HandoffRegister register;

    @Inject
    Directory directory;

    public List<Link> of(long complaintId) {
        return register.linkedTo(me.actor(), complaintId).stream()
                .map(h -> new Link(h.getNumber(), h.getSubject(),
                        HandoffFacts.department(directory, h.getTargetDepartment(), me.getLocale()),
                        Text.of("handoff.status." + h.getStatus().name())))
                .toList();
    }
}
