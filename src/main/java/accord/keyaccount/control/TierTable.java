package accord.keyaccount.control;

import accord.customer.entity.Customer;
import accord.customer.entity.SalesFigure;
import accord.organisation.control.Actor;
import accord.organisation.entity.Role;
import accord.platform.control.Text;
import accord.rules.control.FileCodes;
import accord.rules.control.OwnedTable;
import accord.rules.control.TableCheck;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import accord.calendar.control.WorkingCalendar;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The customer tier table as its owner edits it: the sales director (or ADMIN); replayed on every
 * account with last year's sales, as the account page suggests its tier: which accounts the draft
 * would put in another tier ("3 accounts would move from B to A").
 */
@ApplicationScoped
public class TierTable implements OwnedTable {

    private static final String FILE = "customer-tier.dmn";

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    @Override
    public String decisionKey() {
        return WorkflowKeys.CUSTOMER_TIER;
    }

    @Override
    public String file() {
        return FILE;
    }

    @Override
    public boolean mayEdit(Actor actor) {
        return actor.admin() || actor.isIn(Role.SALES_DIRECTOR.name());
    }

    @Override
    public TableCheck.Domains domains() {
        return new TableCheck.Domains(Map.of(), Map.of("lastYearSales", BigDecimal.ZERO, "years", BigDecimal.ZERO),
                Map.of("tier", FileCodes.of(FILE, "tier"), "reason", FileCodes.of(FILE, "reason")));
    }

    @Override
    public String valueLabel(String column, String code) {
        String key = ("tier".equals(column) ? "tier." : "figures.reason.") + code;
        return Text.has(key) ? Text.of(key) : null;
    }

    @Override
    public List<Map<String, Object>> samples() {
        return List.of(sample(6_000_000, 0, 1), sample(3_000_000, 5, 6), sample(3_000_000, 25, 2), sample(3_000_000, 5, 2),
                sample(1_000_000, 10, 3), sample(200_000, 50, 1));
    }

    private static Map<String, Object> sample(double sales, double growth, int years) {
        return Map.of("lastYearSales", sales, "growth", growth, "years", years);
    }

    /** Every account with last year's sales (the page's suggestion, with this year as the account page counts it). */
    @Override
    public Replay replay(Evaluator running, Evaluator draft, Instant since) {
        int year = Year.now(calendar.zone()).getValue();
        Map<Customer, List<SalesFigure>> figures = em.createQuery("select f from SalesFigure f join fetch f.customer"
                        + " where f.year >= :from", SalesFigure.class).setParameter("from", year - 2).getResultList().stream()
                .collect(Collectors.groupingBy(SalesFigure::getCustomer));
        Map<String, Integer> moves = new TreeMap<>();
        List<Changed> changed = new ArrayList<>();
        int accounts = 0;
        for (var entry : figures.entrySet()) {
            var inputs = TierRules.inputs(entry.getKey(), SalesFigures.byYear(entry.getValue()), year);
            if (inputs.isEmpty()) {
                continue;
            }
            accounts++;
            String before = tier(running.evaluate(inputs.get()));
            String after = tier(draft.evaluate(inputs.get()));
            if (!before.equals(after)) {
                moves.merge(before + "→" + after, 1, Integer::sum);
                changed.add(new Changed(entry.getKey().code() + " · " + entry.getKey().name(),
                        "/customers/view.xhtml?code=" + entry.getKey().code(), before, after));
            }
        }
        List<String> findings = moves.entrySet().stream().map(m -> Text.of("rules.replay.tier.move", m.getValue(),
                m.getKey().split("→")[0], m.getKey().split("→")[1])).toList();
        return new Replay(accounts, findings, changed);
    }

    private static String tier(List<Map<String, Object>> result) {
        return result.isEmpty() || result.get(0).get("tier") == null ? "–" : String.valueOf(result.get(0).get("tier"));
    }
}
