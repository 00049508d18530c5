package accord.organisation.control;

import java.io.Serializable;
import java.util.List;

/**
 * Work a person holds that must not stay with them when they leave: their open tasks, tasks
 * offered to them by name, absences they stand in for, people who report to them. Each component
 * that gives people work implements this (found through CDI), so the directory imports none of them.
 */
public interface PersonalWork {

    /** One piece of work: a bundle key saying its kind, what it is, and the page it opens, if any. */
    record Item(String kindKey, String what, String link) implements Serializable {
    }

    /** What the person holds now, of this kind of work. */
    List<Item> heldBy(String login);

    /** Moves all of it to the successor, in the caller's transaction; {@code by} is who decided (for the history). */
    void handOver(String login, String successor, String by);

    /** Why this work cannot go to that successor (a bundle key), if it cannot. */
    default java.util.Optional<String> refusesSuccessor(String login, String successor) {
        return java.util.Optional.empty();
    }
}
