package accord.casefile.control;

import accord.organisation.control.Actor;

/**
 * A workflow's own say on who may see its cases, beyond the engine's (took part, or may see an
 * open task): e.g. an account manager sees their customers' complaints. TaskLookup asks every
 * CDI bean of this type.
 */
public interface CaseVisibility {

    boolean canSee(Actor actor, String processInstanceId);
}
