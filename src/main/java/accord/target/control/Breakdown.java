package accord.target.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * Whether the parts of a target add up to it: what is assigned, what is left unassigned (negative
 * when more is assigned than the whole), and whether that is within the tolerance, a share of the
 * whole. Without a whole there is nothing to add up to.
 */
public record Breakdown(BigDecimal whole, BigDecimal assigned, BigDecimal unassigned, boolean withinTolerance) {

    /** The tolerance the company agreed: 2 % of the whole may stay unassigned (or be assigned over it) without a reason. */
    public static final BigDecimal TOLERANCE_PERCENT = new BigDecimal("2");

    public static Breakdown of(BigDecimal whole, Collection<BigDecimal> parts) {
        BigDecimal assigned = parts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (whole == null) {
            return new Breakdown(null, assigned, null, true);
        }
        BigDecimal unassigned = whole.subtract(assigned);
        BigDecimal allowed = whole.multiply(TOLERANCE_PERCENT).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        return new Breakdown(whole, assigned, unassigned, unassigned.abs().compareTo(allowed) <= 0);
    }

    public boolean hasWhole() {
        return whole != null;
    }

    /** The parts add up to the whole exactly. */
    public boolean exact() {
        return whole != null && unassigned.signum() == 0;
    }
}
