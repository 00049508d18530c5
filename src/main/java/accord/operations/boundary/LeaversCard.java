package accord.operations.boundary;

import accord.operations.control.LeaversWithWork;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The admin home page's list of people who left with work still waiting on them, each a link to move it. */
@Named
@RequestScoped
public class LeaversCard {

    @Inject
    CurrentPerson me;

    @Inject
    LeaversWithWork leavers;

    private List<LeaversWithWork.Leaver> list;

    /** Empty for anyone but ADMIN; looked up once per request. */
    public List<LeaversWithWork.Leaver> getLeavers() {
        if (list == null) {
            list = me.actor().admin() ? leavers.of(me.actor()) : List.of();
        }
        return list;
    }
}
