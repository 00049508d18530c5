package accord.handoff.boundary;

import accord.handoff.control.HandoffRegister;
import accord.inbox.boundary.CaseStory;
import accord.inbox.control.TaskLookup;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.security.boundary.CurrentPerson;
import accord.workflow.control.WorkingCalendar;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;

/**
 * One handoff for whoever may see it (its lists' rule, or a part in its case such as a deputy's):
 * the request and its acceptance criteria, the promise and the delivery, the timeline, files,
 * the diagram, and the open step the viewer can act on.
 */
@Named
@ViewScoped
public class HandoffPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    HandoffRegister register;

    @Inject
    TaskLookup lookup;

    @Inject
    CaseStory stories;

    @Inject
    Directory directory;

    @Inject
    WorkingCalendar calendar;

    private HandoffFacts facts;
    private CaseStory.Story story;

    public void load() {
        Actor actor = me.actor();
        String number = Faces.getRequestParameter("number");
        register.byNumber(number)
                .filter(h -> HandoffRegister.maySee(actor, h) || lookup.canSeeCase(actor, h.getProcessInstanceId()))
                .ifPresentOrElse(handoff -> {
                    facts = HandoffFacts.of(handoff, directory, me.getLocale(), calendar.zone());
                    story = stories.of(actor, handoff.getProcessInstanceId());
                }, () -> CaseStory.notVisible(actor, "handoff", number, "handoff.refused.notVisible"));
    }

    public HandoffFacts getFacts() {
        return facts;
    }

    public CaseStory.Story getStory() {
        return story;
    }
}
