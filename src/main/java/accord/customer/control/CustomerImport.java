package accord.customer.control;

import accord.customer.entity.Tier;
import accord.platform.control.FieldRules;
import accord.platform.control.TableFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of an import file of customers (the export's columns, headers in English or Chinese):
 * a line without a code adds a customer, a line with one keeps that customer. Every line is
 * checked against the form's rules, who may keep what, and the other lines; every problem is
 * reported (line, column, reason), and a file with any problem imports nothing.
 */
public final class CustomerImport {

    public static final List<String> COLUMNS = List.of("code", "name", "industry", "region", "account_manager", "customer_since",
            "tier");

    /** What is wrong, where: line 1 is the header; the column is null for the whole line or file. */
    public record Problem(int line, String column, String messageKey, Object... arguments) {
    }

    /** A line to import: the code of the customer it keeps (null: a new one), the record, the tier of a new one. */
    public record Line(int line, String code, CustomerRecord record, Tier tier) {
    }

    public record Checked(List<Line> lines, List<Problem> problems) {
    }

    /** A stored customer, as the checks need it. */
    public record Stored(Tier tier, boolean keepable) {
    }

    /** What the importer may do and what is stored. */
    public interface Rules {
        Optional<Stored> customer(String code);

        /** May the importer make this login an account manager (active; of their teams, unless they may choose anyone)? */
        boolean mayLookAfter(String login);

        /** The sales director and ADMIN: any account manager, none at all, and a new customer's tier. */
        boolean choosesFreely();
    }

    private static final Map<String, String> CHINESE_HEADERS = Map.of("客户编码", "code", "名称", "name", "行业", "industry",
            "地区", "region", "客户经理", "account_manager", "合作起始年", "customer_since", "等级", "tier");
    private static final Map<String, String> FIELD_COLUMNS = Map.of("name", "name", "industry", "industry", "region", "region",
            "accountManager", "account_manager", "customerSince", "customer_since");

    private CustomerImport() {
    }

    public static Checked check(List<TableFile.Line> lines, Rules rules) {
        List<Problem> problems = new ArrayList<>();
        if (lines.isEmpty()) {
            return new Checked(List.of(), List.of(new Problem(1, null, "import.empty")));
        }
        Map<String, Integer> at = new HashMap<>();
        TableFile.Line header = lines.get(0);
        for (int index = 0; index < header.cells().size(); index++) {
            String name = header.cell(index).toLowerCase(Locale.ROOT);
            at.putIfAbsent(CHINESE_HEADERS.getOrDefault(name, name), index);
        }
        if (!at.containsKey("name")) {
            return new Checked(List.of(), List.of(new Problem(1, "name", "import.missingColumn")));
        }
        Map<String, Integer> codes = new HashMap<>();
        List<Line> result = new ArrayList<>();
        for (TableFile.Line line : lines.subList(1, lines.size())) {
            int before = problems.size();
            String code = cell(line, at, "code");
            Integer since = number(cell(line, at, "customer_since"), line.number(), problems);
            CustomerRecord record = new CustomerRecord(cell(line, at, "name"), cell(line, at, "industry"), cell(line, at, "region"),
                    cell(line, at, "account_manager"), since);
            FieldRules.problems(record).forEach(p -> problems.add(new Problem(line.number(), FIELD_COLUMNS.get(p.field()), p.messageKey())));
            Tier tier = tier(cell(line, at, "tier"), line.number(), problems);
            if (code != null && codes.putIfAbsent(code, line.number()) != null) {
                problems.add(new Problem(line.number(), "code", "import.duplicate", code, codes.get(code)));
            }
            Optional<Stored> stored = code == null ? Optional.empty() : rules.customer(code);
            if (code != null && stored.isEmpty()) {
                problems.add(new Problem(line.number(), "code", "import.customers.unknown", code));
            } else if (stored.isPresent() && !stored.get().keepable()) {
                problems.add(new Problem(line.number(), "code", "customers.refused.notAllowed"));
            }
            if (tier != null && stored.isPresent() && tier != stored.get().tier()) {
                problems.add(new Problem(line.number(), "tier", "import.customers.tierHere"));
            } else if (tier != null && tier != Tier.C && stored.isEmpty() && !rules.choosesFreely()) {
                problems.add(new Problem(line.number(), "tier", "import.customers.tierDirector"));
            }
            if (record.accountManager() != null ? !rules.mayLookAfter(record.accountManager()) : !rules.choosesFreely()) {
                problems.add(new Problem(line.number(), "account_manager", "customers.refused.notYourTeam"));
            }
            if (problems.size() == before) {
                result.add(new Line(line.number(), code, record, tier == null ? Tier.C : tier));
            }
        }
        if (lines.size() < 2) {
            problems.add(new Problem(1, null, "import.empty"));
        }
        return new Checked(problems.isEmpty() ? result : List.of(), problems);
    }

    private static Integer number(String cell, int line, List<Problem> problems) {
        if (cell == null) {
            return null;
        }
        try {
            return Integer.valueOf(cell.strip());
        } catch (NumberFormatException notAYear) {
            problems.add(new Problem(line, "customer_since", "customers.refused.since"));
            return null;
        }
    }

    private static Tier tier(String cell, int line, List<Problem> problems) {
        if (cell == null) {
            return null;
        }
        try {
            return Tier.valueOf(cell.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new Problem(line, "tier", "import.customers.tier"));
            return null;
        }
    }

    private static String cell(TableFile.Line line, Map<String, Integer> at, String column) {
        return line.typed(at.get(column));
    }
}
