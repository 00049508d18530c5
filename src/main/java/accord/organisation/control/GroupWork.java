package accord.organisation.control;

/**
 * Open work offered to a department's queue (its code is the workflows' candidate group): a
 * department that still has some is not deactivated. The inbox implements it (found through CDI).
 */
public interface GroupWork {

    /** How many open tasks are offered to the group. */
    long openFor(String group);
}
