package accord.measure.control;

import java.io.Serializable;
import java.util.Set;

/**
 * Whose figures: the customers looked after by these reps (and the visits they made), or the
 * customers of a region (and the visits made to them), or the whole company.
 */
public record Scope(Set<String> reps, String region) implements Serializable {

    public static Scope company() {
        return new Scope(null, null);
    }

    public static Scope reps(Set<String> logins) {
        return new Scope(Set.copyOf(logins), null);
    }

    public static Scope region(String region) {
        return new Scope(null, region);
    }

    public boolean byReps() {
        return reps != null;
    }

    /** Reps' customers with no rep named: nobody's, so nothing to read. */
    public boolean nobody() {
        return byReps() && reps.isEmpty();
    }

    public boolean byRegion() {
        return region != null;
    }
}
