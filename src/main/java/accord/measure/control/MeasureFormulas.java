package accord.measure.control;

import java.math.BigDecimal;

/**
 * The measures' formulas (DOMAIN.md, "Sales targets and performance"; 002 §5.5), each from its
 * inputs alone, each saying what is missing when it cannot be computed. Rates are in percent.
 */
public final class MeasureFormulas {

    private static final String MISSING = "measure.missing.";

    private MeasureFormulas() {
    }

    /** Sales of the reported quarters / the accounts' targets of those quarters. */
    public static Figure attainment(BigDecimal actual, BigDecimal target) {
        if (actual == null) {
            return Figure.missing(MISSING + "sales");
        }
        if (target == null || target.signum() == 0) {
            return Figure.missing(MISSING + "target");
        }
        return Figure.of(100 * actual.doubleValue() / target.doubleValue());
    }

    /** Sales against the same period a year earlier: + or − percent. */
    public static Figure growth(BigDecimal actual, BigDecimal yearBefore) {
        if (actual == null) {
            return Figure.missing(MISSING + "sales");
        }
        if (yearBefore == null || yearBefore.signum() == 0) {
            return Figure.missing(MISSING + "salesYearBefore");
        }
        return Figure.of(100 * (actual.doubleValue() / yearBefore.doubleValue() - 1));
    }

    /** Customers who bought / all customers and prospects of the scope (the potential customers of the territory). */
    public static Figure penetration(boolean salesReported, long bought, long potential) {
        if (!salesReported) {
            return Figure.missing(MISSING + "sales");
        }
        return potential == 0 ? Figure.missing(MISSING + "customers") : Figure.of(100.0 * bought / potential);
    }

    /** Customers who bought for the first time / those and the prospects still not buying. */
    public static Figure conversion(boolean salesReported, long converted, long stillProspects) {
        if (!salesReported) {
            return Figure.missing(MISSING + "sales");
        }
        long prospects = converted + stillProspects;
        return prospects == 0 ? Figure.missing(MISSING + "prospects") : Figure.of(100.0 * converted / prospects);
    }

    /** Key accounts at the period's start still key at its end / key accounts at its start. */
    public static Figure retention(long keyAtStart, long kept) {
        return keyAtStart == 0 ? Figure.missing(MISSING + "keyAccounts") : Figure.of(100.0 * kept / keyAtStart);
    }

    /** The key accounts lost: 100 % − retention. */
    public static Figure churn(long keyAtStart, long kept) {
        return keyAtStart == 0 ? Figure.missing(MISSING + "keyAccounts") : Figure.of(100.0 * (keyAtStart - kept) / keyAtStart);
    }

    /** Cancelled orders / all orders of the reported quarters. */
    public static Figure cancellation(Long cancelled, Long orders) {
        if (orders == null || cancelled == null) {
            return Figure.missing(MISSING + "orders");
        }
        return orders == 0 ? Figure.missing(MISSING + "orders") : Figure.of(100.0 * cancelled / orders);
    }

    /** Sales / visits made in the same period. */
    public static Figure salesPerVisit(BigDecimal actual, long visits) {
        if (actual == null) {
            return Figure.missing(MISSING + "sales");
        }
        return visits == 0 ? Figure.missing(MISSING + "visits") : Figure.of(actual.doubleValue() / visits);
    }

    /** Visits made / working days (Monday to Friday) of the period; nothing known if no visit was ever recorded in the scope. */
    public static Figure visitsPerDay(boolean visitsEverRecorded, long visits, long workingDays) {
        if (!visitsEverRecorded) {
            return Figure.missing(MISSING + "visitsRecorded");
        }
        return Figure.of((double) visits / workingDays);
    }

    /** Answers of 4 or 5 out of 5 (complaint call-backs, account reviews) / all answers. */
    public static Figure satisfaction(long satisfied, long answers) {
        return answers == 0 ? Figure.missing(MISSING + "answers") : Figure.of(100.0 * satisfied / answers);
    }

    /** Complaints registered about key accounts / key accounts at the period's start. */
    public static Figure complaintsPerKeyAccount(long complaints, long keyAccounts) {
        return keyAccounts == 0 ? Figure.missing(MISSING + "keyAccounts") : Figure.of((double) complaints / keyAccounts);
    }

    /** Complaints closed within their resolution time / complaints closed. */
    public static Figure resolvedInTime(long inTime, long closed) {
        return closed == 0 ? Figure.missing(MISSING + "closed") : Figure.of(100.0 * inTime / closed);
    }
}
