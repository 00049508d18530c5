package accord.keyaccount.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** A quarter of the entry form: either figure may stay empty (not known yet). */
public class QuarterInput implements Serializable {

    private static final long serialVersionUID = 1L;
    private final int quarter;
    private BigDecimal target;
    private BigDecimal actual;

    QuarterInput(int quarter) {
        this.quarter = quarter;
    }

    public int getQuarter() {
        return quarter;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public BigDecimal getActual() {
        return actual;
    }

    public void setActual(BigDecimal actual) {
        this.actual = actual;
    }
}
