package accord.keyaccount.control;

import accord.customer.entity.Customer;
import accord.customer.entity.SalesFigure;
import accord.organisation.control.Actor;
import accord.platform.control.TableFile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of an import file of sales figures: a header naming the columns customer, year,
 * quarter, target and actual (in any order, English or Chinese), optionally orders and cancelled
 * (the quarter's order counts from the ERP), then one line per customer and quarter. Every line
 * is checked and every problem reported (line, column, reason); a file with any problem imports
 * nothing.
 */
public final class FigureImport {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    static final int MAX_COUNT = 10_000_000;

    /** The columns of the file, with the header names they may have. */
    enum Column {
        CUSTOMER("customer", "客户编码", "客户"), YEAR("year", "年份", "年度"), QUARTER("quarter", "季度"),
        TARGET("target", "目标"), ACTUAL("actual", "实际"),
        ORDERS(false, "orders", "订单数", "订单"), CANCELLED(false, "cancelled", "取消订单", "取消订单数");

        private final boolean required;
        private final Set<String> names;

        Column(String... names) {
            this(true, names);
        }

        Column(boolean required, String... names) {
            this.required = required;
            this.names = Set.of(names);
        }

        static Optional<Column> named(String header) {
            String name = header.strip().toLowerCase(Locale.ROOT);
            for (Column column : values()) {
                if (column.names.contains(name)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }

        public String header() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A line that would be imported; orders are null when the file has no order columns (the stored ones stay). */
    public record Row(int line, Customer customer, int year, int quarter, BigDecimal target, BigDecimal actual,
            SalesFigure.Orders orders) {
    }

    /** What is wrong, where: line 1 is the header; the column is null for the whole line or file. */
    public record Problem(int line, String column, String messageKey, Object... arguments) {
    }

    public record Checked(List<Row> rows, List<Problem> problems) {
    }

    private FigureImport() {
    }

    /**
     * Checks every line; customers are found by code, and the importer must be allowed to import
     * for each of them.
     */
    public static Checked check(List<TableFile.Line> lines, Function<String, Optional<Customer>> customerByCode,
            Actor importer) {
        List<Problem> problems = new ArrayList<>();
        if (lines.isEmpty()) {
            return new Checked(List.of(), List.of(new Problem(1, null, "figures.import.empty")));
        }
        Map<Column, Integer> at = new HashMap<>();
        TableFile.Line header = lines.get(0);
        for (int index = 0; index < header.cells().size(); index++) {
            int column = index;
            Column.named(header.cell(index)).ifPresent(named -> at.putIfAbsent(named, column));
        }
        for (Column column : Column.values()) {
            if (column.required && !at.containsKey(column)) {
                problems.add(new Problem(1, column.header(), "figures.import.missingColumn"));
            }
        }
        if (at.containsKey(Column.ORDERS) != at.containsKey(Column.CANCELLED)) {
            Column missing = at.containsKey(Column.ORDERS) ? Column.CANCELLED : Column.ORDERS;
            problems.add(new Problem(1, missing.header(), "figures.import.ordersTogether"));
        }
        if (!problems.isEmpty()) {
            return new Checked(List.of(), problems);
        }
        boolean withOrders = at.containsKey(Column.ORDERS);
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TableFile.Line line : lines.subList(1, lines.size())) {
            int before = problems.size();
            String code = line.cell(at.get(Column.CUSTOMER));
            Optional<Customer> customer = code.isEmpty() ? Optional.empty() : customerByCode.apply(code);
            if (customer.isEmpty()) {
                problems.add(new Problem(line.number(), "customer", "figures.import.unknownCustomer", code));
            } else if (!FigureAccess.mayImportFor(importer, customer.get())) {
                problems.add(new Problem(line.number(), "customer", "figures.import.notYourCustomer", code));
            }
            Integer year = whole(line.cell(at.get(Column.YEAR)), FIRST_YEAR, LAST_YEAR);
            if (year == null) {
                problems.add(new Problem(line.number(), "year", "figures.import.year", FIRST_YEAR, LAST_YEAR));
            }
            Integer quarter = whole(line.cell(at.get(Column.QUARTER)), 1, 4);
            if (quarter == null) {
                problems.add(new Problem(line.number(), "quarter", "figures.import.quarter"));
            }
            Amount target = amount(line.cell(at.get(Column.TARGET)));
            if (!target.valid()) {
                problems.add(new Problem(line.number(), "target", "figures.import.amount"));
            }
            Amount actual = amount(line.cell(at.get(Column.ACTUAL)));
            if (!actual.valid()) {
                problems.add(new Problem(line.number(), "actual", "figures.import.amount"));
            }
            SalesFigure.Orders orders = null;
            if (withOrders) {
                Count placed = count(line.cell(at.get(Column.ORDERS)));
                Count cancelled = count(line.cell(at.get(Column.CANCELLED)));
                if (!placed.valid()) {
                    problems.add(new Problem(line.number(), "orders", "figures.import.count"));
                }
                if (!cancelled.valid()) {
                    problems.add(new Problem(line.number(), "cancelled", "figures.import.count"));
                } else if (placed.valid() && cancelled.value() != null
                        && (placed.value() == null || cancelled.value() > placed.value())) {
                    problems.add(new Problem(line.number(), "cancelled", "figures.import.cancelledMoreThanOrders"));
                }
                orders = new SalesFigure.Orders(placed.value(), cancelled.value());
            }
            if (problems.size() == before) {
                if (!seen.add(code + "/" + year + "/" + quarter)) {
                    problems.add(new Problem(line.number(), null, "figures.import.duplicate", code, year, quarter));
                } else {
                    rows.add(new Row(line.number(), customer.get(), year, quarter, target.value(), actual.value(), orders));
                }
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(1, null, "figures.import.empty"));
        }
        return new Checked(problems.isEmpty() ? rows : List.of(), problems);
    }

    private static Integer whole(String text, int min, int max) {
        try {
            int value = new BigDecimal(text).intValueExact();
            return value >= min && value <= max ? value : null;
        } catch (NumberFormatException | ArithmeticException notWhole) {
            return null;
        }
    }

    /** A count cell: valid when empty (not known, value null) or a whole number from 0. */
    record Count(boolean valid, Integer value) {
    }

    static Count count(String text) {
        if (text.isEmpty()) {
            return new Count(true, null);
        }
        Integer value = whole(text.replace(",", ""), 0, MAX_COUNT);
        return new Count(value != null, value);
    }

    /** An amount cell: valid when empty (not known yet, value null) or a number of yuan. */
    record Amount(boolean valid, BigDecimal value) {
    }

    /** Not negative, at most two decimals, thousands separators allowed. */
    static Amount amount(String text) {
        if (text.isEmpty()) {
            return new Amount(true, null);
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(",", "").replace("，", ""));
            boolean valid = value.signum() >= 0 && value.stripTrailingZeros().scale() <= 2 && value.compareTo(MAX_AMOUNT) <= 0;
            return new Amount(valid, valid ? value : null);
        } catch (NumberFormatException notANumber) {
            return new Amount(false, null);
        }
    }
}
