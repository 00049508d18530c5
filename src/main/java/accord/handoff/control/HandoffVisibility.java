package accord.handoff.control;

import accord.casefile.control.CaseVisibility;
import accord.organisation.control.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Whoever may see a handoff in its lists may see its case: history, files and diagram. */
@ApplicationScoped
public class HandoffVisibility implements CaseVisibility {

    @Inject
    HandoffRegister register;

    @Override
    public boolean canSee(Actor actor, String processInstanceId) {
        return register.byCase(processInstanceId).filter(handoff -> HandoffRegister.maySee(actor, handoff)).isPresent();
    }
}
