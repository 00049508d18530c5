package accord.keyaccount.control;

import accord.customer.entity.Customer;
import accord.customer.entity.Tier;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.dmn.api.DmnDecisionService;

/**
 * The tier the rules suggest (workflows/customer-tier.dmn) from last year's actual sales, their
 * growth over the year before and the years of cooperation. No suggestion without last year's sales.
 */
@ApplicationScoped
public class TierRules {

    /** The suggestion and what it rests on; growth is null without a year before. */
    public record Suggestion(Tier tier, String reason, BigDecimal lastYearSales, Double growth, int years) implements Serializable {
    }

    @Inject
    DmnDecisionService decisions;

    public Optional<Suggestion> suggest(Customer customer, List<SalesFigures.Year> years, int currentYear) {
        Optional<Map<String, Object>> inputs = inputs(customer, years, currentYear);
        if (inputs.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> result = decisions.createExecuteDecisionBuilder().decisionKey(WorkflowKeys.CUSTOMER_TIER)
                .variables(inputs.get()).executeWithSingleResult();
        if (result == null || result.get("tier") == null) {
            throw new IllegalStateException("customer-tier.dmn has no row for " + inputs.get());
        }
        Double growth = actualOf(years, currentYear - 2).filter(before -> before.signum() > 0).isPresent()
                ? (Double) inputs.get().get("growth") : null;
        return Optional.of(new Suggestion(Tier.valueOf((String) result.get("tier")), (String) result.get("reason"),
                actualOf(years, currentYear - 1).orElseThrow(), growth, (Integer) inputs.get().get("years")));
    }

    /** What the table is asked for this customer: last year's sales, their growth (0 without a year before) and years of cooperation. */
    public static Optional<Map<String, Object>> inputs(Customer customer, List<SalesFigures.Year> years, int currentYear) {
        Optional<BigDecimal> last = actualOf(years, currentYear - 1);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Double growth = actualOf(years, currentYear - 2).filter(before -> before.signum() > 0)
                .map(before -> (last.get().doubleValue() / before.doubleValue() - 1) * 100).orElse(null);
        int cooperation = customer.customerSince() == null ? 0 : Math.max(0, currentYear - customer.customerSince());
        return Optional.of(Map.of("lastYearSales", last.get().doubleValue(), "growth", growth == null ? 0.0 : growth,
                "years", cooperation));
    }

    private static Optional<BigDecimal> actualOf(List<SalesFigures.Year> years, int year) {
        return years.stream().filter(y -> y.year() == year && y.actual() != null).map(SalesFigures.Year::actual).findFirst();
    }
}
