package accord.handoff.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.handoff.control.HandoffRegister;
import accord.handoff.entity.Handoff;
import accord.inbox.boundary.CasePage;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One handoff for whoever may see it (its lists' rule, or a part in its case such as a deputy's):
 * the request and its acceptance criteria, the promise and the delivery, the timeline, files,
 * the diagram, and the open step the viewer can act on.
 */
@Named
@ViewScoped
public class HandoffPage extends CasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    HandoffRegister register;

    @Inject
    Directory directory;

    @Inject
    WorkingCalendar calendar;

    private HandoffFacts facts;

    public void load() {
        Actor actor = me.actor();
        show(register.byNumber(number).filter(h -> HandoffRegister.maySee(actor, h) || lookup.canSeeCase(actor, h.getProcessInstanceId())),
                Handoff::getProcessInstanceId, handoff -> facts = HandoffFacts.of(handoff, directory, me.getLocale(), calendar.zone()),
                "handoff", "handoff.refused.notVisible");
    }

    public HandoffFacts getFacts() {
        return facts;
    }
}
