package accord.target.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** A target's field on the page: the slot it sets, the value stored when the page was read, and the value typed. */
public class TargetInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Targets.Slot slot;
    private final BigDecimal seen;
    private BigDecimal value;

    TargetInput(Targets.Slot slot, BigDecimal seen) {
        this.slot = slot;
        this.seen = seen;
        this.value = seen;
    }

    Targets.Entry entry(String field) {
        return new Targets.Entry(slot, field, seen, value);
    }

    public Targets.Slot getSlot() {
        return slot;
    }

    public BigDecimal getSeen() {
        return seen;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }
}
