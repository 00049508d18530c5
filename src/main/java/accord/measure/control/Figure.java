package accord.measure.control;

import java.io.Serializable;

/**
 * A measure's value for a period, or what is missing to compute it (a message key): never a 0 that
 * stands for nothing known.
 */
public record Figure(Double value, String missing) implements Serializable {

    public static Figure of(double value) {
        return new Figure(value, null);
    }

    public static Figure missing(String key) {
        return new Figure(null, key);
    }

    public boolean known() {
        return value != null;
    }
}
