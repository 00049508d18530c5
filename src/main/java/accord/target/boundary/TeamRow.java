package accord.target.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A team member's four quarters of one measure, with what their key accounts' own targets add up to in each. */
public record TeamRow(String login, String name, List<TargetInput> quarters, List<BigDecimal> accounts) implements Serializable {

    /** The year as typed: the quarters added up (null when none is set). */
    public BigDecimal year() {
        return quarters.stream().map(TargetInput::getValue).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }
}
