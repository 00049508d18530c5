package accord.measure.boundary;

import accord.measure.control.KeyAccountsAtRisk;
import accord.measure.control.Period;
import accord.organisation.entity.Role;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The sales director's part of the home page: the company's main measures for the last quarter
 * beside the quarter before and a year earlier, and the key accounts at risk across the company
 * (their last reported quarter under 90 % of its target), each with its account manager.
 */
@Named
@ViewScoped
public class DirectorDashboard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SHOWN = Set.of("attainment", "growth", "retention", "cancellation", "satisfaction", "resolvedInTime");

    @Inject
    CurrentPerson me;

    @Inject
    SalesMeasures measures;

    @Inject
    KeyAccountsAtRisk keyAccountsAtRisk;

    private List<SalesMeasures.Row> rows;
    private List<KeyAccountsAtRisk.Account> atRisk;

    public boolean isShown() {
        return me.getLogin() != null && me.actor().isIn(Role.SALES_DIRECTOR.name());
    }

    public Period getQuarter() {
        return Period.of(Period.Kind.QUARTER, LocalDate.now(me.zone())).previous();
    }

    public String name(Period period) {
        return Text.of("measure.period.quarter", period.year(), period.number());
    }

    public List<SalesMeasures.Row> getRows() {
        if (rows == null) {
            rows = measures.table(me.actor(), "company", getQuarter(), me.zone()).rows().stream()
                    .filter(r -> SHOWN.contains(r.key())).toList();
        }
        return rows;
    }

    public String value(accord.measure.control.Figure figure, accord.measure.control.Measures.Unit unit) {
        return FigureText.of(figure, unit);
    }

    public String measureName(String key) {
        return Text.of("measure." + key);
    }

    public String percent(double value) {
        return FigureText.percent(value);
    }

    public List<KeyAccountsAtRisk.Account> getAtRisk() {
        if (atRisk == null) {
            atRisk = keyAccountsAtRisk.of(null);
        }
        return atRisk;
    }
}
