package accord.measure.boundary;

import accord.customer.entity.Tier;
import accord.measure.control.Period;
import accord.organisation.entity.Role;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
    private static final double AT_RISK_BELOW = 90;

    /** A key account whose last reported quarter fell short, and who looks after it. */
    public record AtRisk(String code, String name, String manager, String quarter, double attainment) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    SalesMeasures measures;

    @PersistenceContext
    EntityManager em;

    private List<SalesMeasures.Row> rows;
    private List<AtRisk> atRisk;

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

    public List<AtRisk> getAtRisk() {
        if (atRisk == null) {
            atRisk = new ArrayList<>();
            String seen = null;
            for (Object[] row : em.createQuery("""
                    select c.code, c.name, m.displayName, f.year, f.quarter, f.actual, f.target from SalesFigure f join f.customer c
                    left join c.accountManager m where c.tier = :key and f.actual is not null and f.target > 0
                    order by c.code, f.year desc, f.quarter desc""", Object[].class).setParameter("key", Tier.A).getResultList()) {
                if (row[0].equals(seen)) {
                    continue;
                }
                seen = (String) row[0];
                double attainment = 100 * ((BigDecimal) row[5]).doubleValue() / ((BigDecimal) row[6]).doubleValue();
                if (attainment < AT_RISK_BELOW) {
                    atRisk.add(new AtRisk(seen, (String) row[1], row[2] == null ? "–" : (String) row[2],
                            Text.of("measure.period.quarter", row[3], row[4]), attainment));
                }
            }
        }
        return atRisk;
    }
}
