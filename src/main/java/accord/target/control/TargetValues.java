package accord.target.control;

import accord.target.entity.TargetMeasure;
import java.math.BigDecimal;
import java.util.Optional;

/** What a target may be: not negative, no more decimals than its measure has, a rate at most 100 %, and not absurdly large. */
public final class TargetValues {

    private static final BigDecimal LARGEST = new BigDecimal("99999999999999.99");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetValues() {
    }

    /** The message key of what is wrong with the value, if anything; no value is always right (not set). */
    public static Optional<String> problem(TargetMeasure measure, BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.signum() < 0) {
            return Optional.of("target.refused.negative");
        }
        if (value.stripTrailingZeros().scale() > measure.decimals()) {
            return Optional.of(measure.decimals() == 0 ? "target.refused.whole" : "target.refused.decimals");
        }
        if (measure.percentage() && value.compareTo(HUNDRED) > 0) {
            return Optional.of("target.refused.percent");
        }
        return value.compareTo(LARGEST) > 0 ? Optional.of("target.refused.tooLarge") : Optional.empty();
    }
}
