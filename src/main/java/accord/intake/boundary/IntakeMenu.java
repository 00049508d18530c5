package accord.intake.boundary;

import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The menu's count of mails waiting for their customer, once per request. */
@Named
@RequestScoped
public class IntakeMenu {

    @Inject
    InboundMails mails;

    @Inject
    CurrentPerson me;

    private Long waiting;

    public long getWaiting() {
        if (waiting == null) {
            waiting = mails.count(me.actor());
        }
        return waiting;
    }
}
