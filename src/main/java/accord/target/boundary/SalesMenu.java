package accord.target.boundary;

import accord.security.boundary.CurrentPerson;
import accord.target.control.TargetAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether the side menu offers the sales pages (targets, visits): to the sales director and
 * managers, and to anyone who holds a target or looks after a customer. Asked once per request.
 */
@Named
@RequestScoped
public class SalesMenu {

    @Inject
    CurrentPerson me;

    @Inject
    Targets targets;

    private Boolean offered;

    public boolean isOffered() {
        if (offered == null) {
            offered = me.getLogin() != null && (TargetAccess.setsCompanyTargets(me.actor()) || TargetAccess.breaksDownForTeam(me.actor())
                    || targets.holdsAny(me.getLogin()));
        }
        return offered;
    }
}
