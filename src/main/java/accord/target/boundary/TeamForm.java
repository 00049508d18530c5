package accord.target.boundary;

import accord.target.control.AccountTargets;
import accord.target.control.Breakdown;
import accord.target.control.TargetAccess;
import accord.target.entity.SalesTarget;
import accord.target.entity.TargetMeasure;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A sales manager splits their share of an additive target into their team members' quarters, sees
 * whether they add up to the share, and (for the sales amount) what each member's key accounts' own
 * targets add up to.
 */
@Named
@ViewScoped
public class TeamForm extends TargetForm {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountTargets accountTargets;

    private List<TeamRow> rows;
    private BigDecimal share;
    private String reasonOnFile;

    public boolean isShown() {
        return TargetAccess.breaksDownForTeam(me.actor());
    }

    public TargetMeasure getMeasure() {
        return teamMeasure();
    }

    public List<TeamRow> getRows() {
        if (rows == null) {
            Map<Targets.Slot, SalesTarget> stored = targets.ofYear(getYear());
            Targets.Slot mine = new Targets.Slot(getMeasure(), me.getLogin(), SalesTarget.WHOLE_YEAR);
            share = amount(stored, mine);
            reasonOnFile = stored.get(mine) == null ? null : stored.get(mine).breakdownReason();
            var team = targets.team(me.getLogin());
            Map<String, BigDecimal[]> accounts = getMeasure() == TargetMeasure.SALES_AMOUNT
                    ? accountTargets.byManager(team.stream().map(e -> e.login()).toList(), getYear()) : Map.of();
            rows = team.stream().map(member -> new TeamRow(member.login(), member.displayName(),
                    IntStream.rangeClosed(1, 4).mapToObj(q -> new Targets.Slot(getMeasure(), member.login(), q))
                            .map(slot -> new TargetInput(slot, amount(stored, slot))).toList(),
                    Arrays.asList(accounts.getOrDefault(member.login(), new BigDecimal[4])))).toList();
        }
        return rows;
    }

    public BigDecimal getShare() {
        getRows();
        return share;
    }

    public String getReasonOnFile() {
        getRows();
        return reasonOnFile;
    }

    /** The quarters as typed against the manager's share. */
    public Breakdown getBreakdown() {
        return Breakdown.of(getShare(), getRows().stream().flatMap(r -> r.quarters().stream()).map(TargetInput::getValue).toList());
    }

    /** A quarter's targets as typed, added up over the team (null when none is set). */
    public BigDecimal quarterSum(int quarter) {
        return getRows().stream().map(r -> r.quarters().get(quarter - 1).getValue()).filter(Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
    }

    public boolean isAccountsShown() {
        return getMeasure() == TargetMeasure.SALES_AMOUNT;
    }

    public String save() {
        return save("team", () -> {
            List<Targets.Entry> entries = new ArrayList<>();
            for (int i = 0; i < getRows().size(); i++) {
                for (int q = 0; q < 4; q++) {
                    entries.add(rows.get(i).quarters().get(q).entry("rows:" + i + ":quarters:" + q + ":q"));
                }
            }
            return targets.setQuarters(me.actor(), getYear(), getMeasure(), entries, getReason());
        });
    }
}
