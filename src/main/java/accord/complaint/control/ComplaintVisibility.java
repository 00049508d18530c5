package accord.complaint.control;

import accord.casefile.control.CaseVisibility;
import accord.organisation.control.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Whoever may see a complaint in the register may see its case: history, files and diagram. */
@ApplicationScoped
public class ComplaintVisibility implements CaseVisibility {

    @Inject
    ComplaintRegister register;

    @Override
    public boolean canSee(Actor actor, String processInstanceId) {
        return register.visibleCase(actor, processInstanceId).isPresent();
    }
}
