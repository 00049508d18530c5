package accord.complaint.boundary;

import accord.complaint.control.ComplaintRegister;
import accord.inbox.boundary.CaseStory;
import accord.organisation.control.Actor;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.omnifaces.util.Faces;

/**
 * One complaint for whoever may see it: its facts and SLA clock, the timeline of its steps and
 * comments, its files, the diagram, and the open step the viewer can act on.
 */
@Named
@ViewScoped
public class ComplaintPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    ComplaintRegister register;

    @Inject
    CaseStory stories;

    private ComplaintFacts facts;
    private CaseStory.Story story;

    public void load() {
        Actor actor = me.actor();
        String number = Faces.getRequestParameter("number");
        register.visible(actor, number).ifPresentOrElse(complaint -> {
            facts = ComplaintFacts.of(complaint, me.getLocale(), Instant.now());
            story = stories.of(actor, complaint.getProcessInstanceId());
        }, () -> CaseStory.notVisible(actor, "complaint", number, "complaint.refused.notVisible"));
    }

    public ComplaintFacts getFacts() {
        return facts;
    }

    public CaseStory.Story getStory() {
        return story;
    }
}
