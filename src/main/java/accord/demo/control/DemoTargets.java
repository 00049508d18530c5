package accord.demo.control;

import accord.calendar.control.WorkingCalendar;
import accord.target.control.AccountTargets;
import accord.target.entity.SalesTarget;
import accord.target.entity.TargetMeasure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * This year's demo targets, set by the sales director at the start of the year: the company's, both
 * sales managers' shares (10 % above what their teams' key accounts are expected to buy), and 李明's
 * team broken down by quarter; 赵磊 has not broken his share down yet, so his page shows the gap.
 * Computed from the demo sales figures, so they load after them.
 */
@ApplicationScoped
public class DemoTargets {

    private static final BigDecimal STRETCH = new BigDecimal("1.1");
    private static final Map<String, List<String>> TEAMS = Map.of(
            "li.ming", List.of("wang.fang", "zhang.wei", "liu.yang", "chen.jing"),
            "zhao.lei", List.of("sun.li", "huang.tao", "wu.xia"));

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountTargets accounts;

    @Inject
    WorkingCalendar calendar;

    public void create() {
        int year = LocalDate.now(calendar.zone()).getYear();
        Instant at = LocalDate.of(year, 1, 5).atTime(9, 0).atZone(calendar.zone()).toInstant();
        BigDecimal company = BigDecimal.ZERO;
        for (var team : TEAMS.entrySet()) {
            Map<String, BigDecimal[]> byMember = accounts.byManager(team.getValue(), year);
            BigDecimal share = BigDecimal.ZERO;
            for (String member : team.getValue()) {
                BigDecimal[] quarters = byMember.getOrDefault(member, new BigDecimal[4]);
                for (int q = 1; q <= 4; q++) {
                    // A rep without key accounts still brings in new business: 300,000 a quarter.
                    BigDecimal target = quarters[q - 1] == null ? new BigDecimal("300000") : round(quarters[q - 1].multiply(STRETCH));
                    share = share.add(target);
                    if (team.getKey().equals("li.ming")) {
                        set(year, TargetMeasure.SALES_AMOUNT, member, q, target, "li.ming", at.plusSeconds(86_400));
                        set(year, TargetMeasure.VISITS, member, q, BigDecimal.valueOf(30), "li.ming", at.plusSeconds(86_400));
                        set(year, TargetMeasure.NEW_CUSTOMERS, member, q, BigDecimal.ONE, "li.ming", at.plusSeconds(86_400));
                    }
                }
            }
            set(year, TargetMeasure.SALES_AMOUNT, team.getKey(), SalesTarget.WHOLE_YEAR, share, "zhou.jianguo", at);
            set(year, TargetMeasure.VISITS, team.getKey(), SalesTarget.WHOLE_YEAR, BigDecimal.valueOf(120L * team.getValue().size()),
                    "zhou.jianguo", at);
            set(year, TargetMeasure.NEW_CUSTOMERS, team.getKey(), SalesTarget.WHOLE_YEAR, BigDecimal.valueOf(4L * team.getValue().size()),
                    "zhou.jianguo", at);
            company = company.add(share);
        }
        int people = TEAMS.values().stream().mapToInt(List::size).sum();
        set(year, TargetMeasure.SALES_AMOUNT, SalesTarget.COMPANY, SalesTarget.WHOLE_YEAR, company, "zhou.jianguo", at);
        set(year, TargetMeasure.VISITS, SalesTarget.COMPANY, SalesTarget.WHOLE_YEAR, BigDecimal.valueOf(120L * people), "zhou.jianguo", at);
        set(year, TargetMeasure.NEW_CUSTOMERS, SalesTarget.COMPANY, SalesTarget.WHOLE_YEAR, BigDecimal.valueOf(4L * people),
                "zhou.jianguo", at);
        set(year, TargetMeasure.KEY_ACCOUNT_RETENTION, SalesTarget.COMPANY, SalesTarget.WHOLE_YEAR, new BigDecimal("90"), "zhou.jianguo", at);
        set(year, TargetMeasure.CUSTOMER_SATISFACTION, SalesTarget.COMPANY, SalesTarget.WHOLE_YEAR, new BigDecimal("85"), "zhou.jianguo", at);
    }

    private void set(int year, TargetMeasure measure, String holder, int quarter, BigDecimal amount, String by, Instant at) {
        SalesTarget target = new SalesTarget(year, measure, holder, quarter);
        em.persist(target);
        target.set(amount, by, at, null).ifPresent(em::persist);
    }

    private static BigDecimal round(BigDecimal amount) {
        return amount.divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(10_000));
    }
}
