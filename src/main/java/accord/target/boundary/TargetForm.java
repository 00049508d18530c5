package accord.target.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import accord.target.control.TargetRefused;
import accord.target.entity.SalesTarget;
import accord.target.entity.TargetMeasure;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * What the three target forms share: the year and measures the page was opened with, the reason
 * typed, and a save that on success shows the page anew with a message and, refused, says why beside
 * the field and keeps what was typed.
 */
abstract class TargetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected CurrentPerson me;

    @Inject
    protected Targets targets;

    @Inject
    protected WorkingCalendar calendar;

    @Inject
    @Param(name = "year")
    Integer askedYear;

    @Inject
    @Param(name = "shares")
    String askedShares;

    @Inject
    @Param(name = "team")
    String askedTeam;

    private String reason;

    public int getYear() {
        return TargetYear.of(askedYear, calendar.zone());
    }

    /** The additive measure a breakdown is shown for: the one asked for, else the sales amount. */
    protected static TargetMeasure additive(String asked) {
        return Arrays.stream(TargetMeasure.values()).filter(m -> m.additive() && m.name().equals(asked)).findFirst()
                .orElse(TargetMeasure.SALES_AMOUNT);
    }

    protected TargetMeasure sharesMeasure() {
        return additive(askedShares);
    }

    protected TargetMeasure teamMeasure() {
        return additive(askedTeam);
    }

    protected static BigDecimal amount(Map<Targets.Slot, SalesTarget> stored, Targets.Slot slot) {
        SalesTarget target = stored.get(slot);
        return target == null ? null : target.amount();
    }

    protected String save(String formId, IntSupplier saving) {
        try {
            int changed = saving.getAsInt();
            Messages.addFlashGlobalInfo(Text.of("target.saved", changed));
            return TargetYear.page(getYear(), sharesMeasure(), teamMeasure());
        } catch (TargetRefused refused) {
            RefusalMessages.sayBeside(formId, refused);
            return null;
        }
    }

    public List<TargetMeasure> getAdditiveMeasures() {
        return Arrays.stream(TargetMeasure.values()).filter(TargetMeasure::additive).toList();
    }

    public String measureName(TargetMeasure measure) {
        return Text.of("target.measure." + measure.name());
    }

    public String unit(TargetMeasure measure) {
        return Text.of("target.unit." + measure.name().toLowerCase(Locale.ROOT));
    }

    /** A figure as the reader reads it (grouped digits, no trailing zeros), or a dash when there is none. */
    public String number(BigDecimal value) {
        return value == null ? "–" : Text.of("target.number", value);
    }

    /** "Q3", "第3季度". */
    public String quarterName(int quarter) {
        return Text.of("target.quarter", quarter);
    }

    /** The largest value a field of the measure takes: 100 for a rate. */
    public String max(TargetMeasure measure) {
        return measure.percentage() ? "100" : "99999999999999.99";
    }

    /** Whether the parts add up to the whole, in words: the figures, and whether a save needs a reason. */
    public String breakdownText(accord.target.control.Breakdown breakdown, String wholeKey) {
        if (!breakdown.hasWhole()) {
            return Text.of("target.breakdown.noWhole", Text.of(wholeKey));
        }
        String sum = Text.of("target.breakdown.sum", breakdown.assigned(), breakdown.whole());
        if (breakdown.exact()) {
            return sum + " " + Text.of("target.breakdown.exact");
        }
        String gap = breakdown.unassigned().signum() > 0 ? Text.of("target.breakdown.unassigned", breakdown.unassigned())
                : Text.of("target.breakdown.over", breakdown.unassigned().negate());
        return sum + " " + gap + " " + Text.of(breakdown.withinTolerance() ? "target.breakdown.within" : "target.breakdown.beyond",
                accord.target.control.Breakdown.TOLERANCE_PERCENT);
    }

    /** How targets are set, said above the page. */
    public String getRulesText() {
        return Text.of("target.rules", accord.target.control.Breakdown.TOLERANCE_PERCENT);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
