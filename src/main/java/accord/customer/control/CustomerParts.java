package accord.customer.control;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * What a component keeps of a customer (complaints, handoffs, reviews, figures, contacts, the
 * cases' labels …), moved to the customer kept when two records of one customer are merged. Each
 * component implements it (found through CDI), so the customer component imports none of them.
 */
public interface CustomerParts {

    /** How many of one kind a customer has: a bundle key taking the count as {0}. */
    record Part(String kindKey, long count) implements Serializable {
    }

    /** What the customer has of this component's kinds (kinds it has none of may be left out). */
    List<Part> of(long customerId);

    /** Moves all of it from the duplicate to the customer kept, in the caller's transaction; {@code by} is who merges. */
    void moveTo(long droppedId, long keptId, String by);

    /** Why these two cannot be merged now (a bundle key), if they cannot. */
    default Optional<String> refusesMerge(long keptId, long droppedId) {
        return Optional.empty();
    }
}
