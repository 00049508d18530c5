package accord.target.boundary;

import accord.organisation.control.Directory;
import accord.platform.control.Text;
import accord.target.control.AccountTargets;
import accord.target.entity.SalesTarget;
import accord.target.entity.TargetChange;
import accord.target.entity.TargetMeasure;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The targets page ({@code targets/index.xhtml?year=}): the person's own targets by quarter, with
 * their key accounts' targets beside the sales amount, and the year's changes they may see. The
 * forms that set targets are {@link CompanyTargetsForm}, {@link ShareForm} and {@link TeamForm}.
 */
@Named
@ViewScoped
public class TargetsPage extends TargetForm {

    private static final long serialVersionUID = 1L;

    /** One measure of the person's own targets: the year's share (a manager's), each quarter, and their key accounts' quarters. */
    public record Mine(TargetMeasure measure, BigDecimal share, List<BigDecimal> quarters, List<BigDecimal> accounts)
            implements java.io.Serializable {

        public BigDecimal year() {
            return quarters.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
        }
    }

    /** A change as the history lists it. */
    public record Change(String at, String by, String holder, String measure, String period, BigDecimal before, BigDecimal after,
            String reason) implements java.io.Serializable {
    }

    @Inject
    AccountTargets accountTargets;

    @Inject
    Directory directory;

    private List<Mine> mine;
    private List<Change> history;

    public List<Integer> getYears() {
        return TargetYear.offered(calendar.zone());
    }

    public String getShares() {
        return sharesMeasure().name();
    }

    public String getTeam() {
        return teamMeasure().name();
    }

    public List<Mine> getMine() {
        if (mine == null) {
            Map<Targets.Slot, SalesTarget> stored = targets.ofYear(getYear());
            BigDecimal[] accounts = accountTargets.byManager(List.of(me.getLogin()), getYear()).getOrDefault(me.getLogin(),
                    new BigDecimal[4]);
            mine = Arrays.stream(TargetMeasure.values()).filter(TargetMeasure::additive).map(measure -> new Mine(measure,
                    amount(stored, new Targets.Slot(measure, me.getLogin(), SalesTarget.WHOLE_YEAR)),
                    IntStream.rangeClosed(1, 4).mapToObj(q -> amount(stored, new Targets.Slot(measure, me.getLogin(), q))).toList(),
                    measure == TargetMeasure.SALES_AMOUNT && Arrays.stream(accounts).anyMatch(Objects::nonNull)
                            ? Arrays.asList(accounts) : List.of()))
                    .filter(m -> m.share() != null || m.year() != null || m.accounts().stream().anyMatch(Objects::nonNull)).toList();
        }
        return mine;
    }

    public List<Change> getHistory() {
        if (history == null) {
            List<TargetChange> changes = targets.history(me.actor(), getYear());
            Map<String, String> names = directory.displayNames(changes.stream()
                    .flatMap(c -> java.util.stream.Stream.of(c.changedBy(), c.holder())).distinct().toList());
            history = changes.stream().map(c -> new Change(me.dateTime(c.changedAt()), names.getOrDefault(c.changedBy(), c.changedBy()),
                    SalesTarget.COMPANY.equals(c.holder()) ? Text.of("target.company") : names.getOrDefault(c.holder(), c.holder()),
                    measureName(c.measure()), c.quarter() == SalesTarget.WHOLE_YEAR ? Text.of("target.wholeYear")
                            : Text.of("target.quarter", c.quarter()), c.before(), c.after(), c.reason())).toList();
        }
        return history;
    }
}
