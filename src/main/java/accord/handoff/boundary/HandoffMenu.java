package accord.handoff.boundary;

import accord.handoff.control.HandoffRegister;
import accord.handoff.control.PendingApprovals;
import accord.organisation.control.Actor;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The side menu's handoff entries: pending decisions (counted once per request) and the department board. */
@Named
@RequestScoped
public class HandoffMenu {

    @Inject
    CurrentPerson me;

    @Inject
    PendingApprovals approvals;

    private Long pending;

    public long getPending() {
        if (pending == null) {
            // An error page shows the menu to someone signed out too: nothing is pending for nobody.
            pending = me.getLogin() == null ? 0L : approvals.count(me.getLogin());
        }
        return pending;
    }

    /** Heads see approvals and their board; a deputy or escalation reaches approvals while they hold one. */
    public boolean isApprover() {
        return me.actor().headsAny() || getPending() > 0;
    }

    public boolean isBoard() {
        Actor actor = me.actor();
        return actor.headsAny() || HandoffRegister.seesAll(actor) || getPending() > 0;
    }
}
