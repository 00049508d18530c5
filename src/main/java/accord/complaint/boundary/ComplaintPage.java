package accord.complaint.boundary;

import accord.complaint.control.ComplaintRegister;
import accord.complaint.entity.Complaint;
import accord.inbox.boundary.CasePage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * One complaint for whoever may see it: its facts and SLA clock, the timeline of its steps and
 * comments, its files, the diagram, and the open step the viewer can act on.
 */
@Named
@ViewScoped
public class ComplaintPage extends CasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintRegister register;

    private ComplaintFacts facts;

    public void load() {
        show(register.visible(me.actor(), number), Complaint::getProcessInstanceId,
                complaint -> facts = ComplaintFacts.of(complaint, me.getLocale(), Instant.now()), "complaint",
                "complaint.refused.notVisible");
    }

    public ComplaintFacts getFacts() {
        return facts;
    }
}
