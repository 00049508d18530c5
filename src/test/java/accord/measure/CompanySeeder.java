package accord.measure;

import accord.measure.control.EndedPeriodCache;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Benchmark-only: {@code GET /it/seed-company} adds a big company to the demo one, in JDBC batches
 * (reproducible from the seed 42): 20 sales teams of 15 reps under 20 new sales managers (team 1
 * under the demo's li.ming, so his home page shows a full team), 2,000 customers with five years of
 * quarterly figures, tier history and visits (about three a week per rep), and 100,000 finished
 * cases in the records the dashboards read: 60,000 closed complaints and 40,000 delivered handoffs
 * over three years, plus open ones. Ids start at 10^12, far beyond what the sequences hand out.
 */
@WebServlet("/it/seed-company")
// Open without signing in: on PostgreSQL the demo's people must first change the shared password,
// which this lifts for the benchmark's database (it is in the benchmark's deployment only).
@ServletSecurity(@HttpConstraint(ServletSecurity.EmptyRoleSemantic.PERMIT))
public class CompanySeeder extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long ID = 1_000_000_000_000L;
    private static final int TEAMS = 20;
    private static final int REPS_PER_TEAM = 15;
    private static final int CUSTOMERS = 2_000;
    private static final int YEARS = 5;
    private static final int COMPLAINTS = 60_000;
    private static final int HANDOFFS = 40_000;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String[] REGIONS = {"上海", "杭州", "南京", "苏州", "北京", "天津", "石家庄", "宁波", "无锡", "合肥", "济南", "青岛"};
    private static final String[] DELIVERERS = {"TECH_SUPPORT", "MARKETING", "PRODUCT", "AFTER_SALES", "FINANCE"};

    @Resource(lookup = "java:app/jdbc/accord")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @Inject
    EndedPeriodCache endedPeriods;

    private final Random random = new Random(42);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long started = System.nanoTime();
        response.setContentType("text/plain");
        PrintWriter out = response.getWriter();
        if (request.getParameter("changed") != null) {
            // As a write of a measured record would: the benchmark's "after a change".
            endedPeriods.changed();
            out.println("changed");
            return;
        }
        try {
            transaction.setTransactionTimeout(3600);
            List<String> reps = people();
            int customers = customers(reps);
            int figures = figures();
            int tiers = tierHistory();
            int visits = visits(reps, out);
            int complaints = complaints(out);
            int handoffs = handoffs(reps, out);
            long[] history = new long[2];
            work(c -> System.arraycopy(CaseHistorySeeder.seed(c, ID), 0, history, 0, 2));
            // Written past JPA: what the measures kept of ended periods is stale.
            endedPeriods.changed();
            out.printf("seeded %d reps in %d teams, %d customers, %d quarterly figures, %d tier changes, %d visits, "
                    + "%d complaints, %d handoffs, %d finished cases with %d steps in the engine's history in %d s%n", reps.size(), TEAMS,
                    customers, figures, tiers, visits, complaints, handoffs, history[0], history[1],
                    (System.nanoTime() - started) / 1_000_000_000L);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sales teams BT01…BT20 under Sales, their managers (team 1's is li.ming) and reps; returns the reps' logins. */
    private List<String> people() throws Exception {
        List<String> reps = new ArrayList<>();
        work(c -> {
            long sales = single(c, "select id from department where code = 'SALES'");
            long director = single(c, "select id from employee where login = 'zhou.jianguo'");
            long liMing = single(c, "select id from employee where login = 'li.ming'");
            String hash = string(c, "select password_hash from employee where login = 'li.ming'");
            try (PreparedStatement shared = c.prepareStatement("update employee set password_change_required = false")) {
                shared.executeUpdate();
            }
            try (PreparedStatement department = c.prepareStatement(
                    "insert into department (id, code, name_zh, name_en, parent_id, version) values (?, ?, ?, ?, ?, 0)");
                    PreparedStatement employee = c.prepareStatement("insert into employee (id, login, display_name, department_id,"
                            + " manager_id, grade, active, password_hash, version, password_change_required, source)"
                            + " values (?, ?, ?, ?, ?, ?, true, ?, 0, false, 'LOCAL')");
                    PreparedStatement role = c.prepareStatement("insert into employee_role (employee_id, role) values (?, ?)")) {
                for (int t = 1; t <= TEAMS; t++) {
                    long team = ID + t;
                    department.setLong(1, team);
                    department.setString(2, "BT%02d".formatted(t));
                    department.setString(3, "基准销售组" + t);
                    department.setString(4, "Benchmark sales " + t);
                    department.setLong(5, sales);
                    department.addBatch();
                    long manager = t == 1 ? liMing : ID + 100 + t;
                    if (t > 1) {
                        person(employee, manager, "bt.m%02d".formatted(t), "基准经理" + t, team, director, "SALES_MANAGER", hash);
                        role.setLong(1, manager);
                        role.setString(2, "SALES_MANAGER");
                        role.addBatch();
                    }
                    for (int r = 1; r <= REPS_PER_TEAM; r++) {
                        String login = "bt.r%02d%02d".formatted(t, r);
                        long id = ID + 1000 + t * 100L + r;
                        person(employee, id, login, "基准销售" + t + "-" + r, team, manager, "SALES_REP", hash);
                        role.setLong(1, id);
                        role.setString(2, "STAFF");
                        role.addBatch();
                        reps.add(login);
                    }
                }
                department.executeBatch();
                employee.executeBatch();
                role.executeBatch();
            }
        });
        return reps;
    }

    private static void person(PreparedStatement employee, long id, String login, String name, long department, long manager,
            String grade, String hash) throws SQLException {
        employee.setLong(1, id);
        employee.setString(2, login);
        employee.setString(3, name);
        employee.setLong(4, department);
        employee.setLong(5, manager);
        employee.setString(6, grade);
        employee.setString(7, hash);
        employee.addBatch();
    }

    private final List<long[]> accounts = new ArrayList<>(); // id, rep index, tier (0 A, 1 B, 2 C), prospect 0/1

    /** 2,000 customers: a tenth key accounts, three tenths B, the rest C; one in twenty a prospect; every rep looks after some. */
    private int customers(List<String> reps) throws Exception {
        work(c -> {
            long zhangWei = single(c, "select id from employee where login = 'zhang.wei'");
            try (PreparedStatement customer = c.prepareStatement("insert into customer (id, code, name, tier, account_manager_id,"
                    + " region, industry, customer_since, version, prospect) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
                for (int i = 0; i < CUSTOMERS; i++) {
                    int tier = i % 10 == 0 ? 0 : i % 10 <= 3 ? 1 : 2;
                    boolean prospect = tier == 2 && i % 20 == 7;
                    int rep = i % reps.size();
                    long id = ID + 10_000 + i;
                    customer.setLong(1, id);
                    customer.setString(2, "BC%05d".formatted(i));
                    customer.setString(3, "基准客户" + i + "有限公司");
                    customer.setString(4, prospect ? "C" : "ABC".substring(tier, tier + 1));
                    // Every 300th also goes to the demo's zhang.wei: a rep with a few more accounts to read.
                    customer.setLong(5, i % 300 == 1 ? zhangWei : ID + 1000 + (rep / REPS_PER_TEAM + 1) * 100L + rep % REPS_PER_TEAM + 1);
                    customer.setString(6, REGIONS[i % REGIONS.length]);
                    customer.setString(7, "制造");
                    customer.setInt(8, 2010 + i % 15);
                    customer.setBoolean(9, prospect);
                    customer.addBatch();
                    accounts.add(new long[] {id, rep, tier, prospect ? 1 : 0});
                }
                customer.executeBatch();
            }
        });
        return CUSTOMERS;
    }

    /** Every quarter of the last five years up to the last one ended, for every customer that is not a prospect. */
    private int figures() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        int lastYear = today.getYear();
        int lastQuarter = (today.getMonthValue() - 1) / 3; // the one ended; 0 means last year's Q4
        if (lastQuarter == 0) {
            lastYear--;
            lastQuarter = 4;
        }
        int[] count = {0};
        int fromYear = lastYear - YEARS + 1;
        int toYear = lastYear;
        int toQuarter = lastQuarter;
        work(c -> {
            try (PreparedStatement figure = c.prepareStatement("insert into sales_figure (id, customer_id, fiscal_year, fiscal_quarter,"
                    + " target, actual, source, updated_by, updated_at, version, orders, cancelled_orders)"
                    + " values (?, ?, ?, ?, ?, ?, 'IMPORT', 'benchmark', ?, 0, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (long[] account : accounts) {
                    if (account[3] == 1) {
                        continue;
                    }
                    long base = account[2] == 0 ? 800_000 : account[2] == 1 ? 200_000 : 50_000;
                    for (int year = fromYear; year <= toYear; year++) {
                        for (int quarter = 1; quarter <= (year == toYear ? toQuarter : 4); quarter++) {
                            long target = base + random.nextInt((int) base / 4);
                            long actual = target * (60 + random.nextInt(70)) / 100;
                            int orders = 5 + random.nextInt(40);
                            figure.setLong(1, ID + 100_000 + count[0]);
                            figure.setLong(2, account[0]);
                            figure.setInt(3, year);
                            figure.setInt(4, quarter);
                            figure.setBigDecimal(5, BigDecimal.valueOf(target));
                            figure.setBigDecimal(6, BigDecimal.valueOf(actual));
                            figure.setTimestamp(7, now);
                            figure.setInt(8, orders);
                            figure.setInt(9, random.nextInt(3));
                            figure.addBatch();
                            if (++count[0] % 5_000 == 0) {
                                figure.executeBatch();
                            }
                        }
                    }
                }
                figure.executeBatch();
            }
        });
        return count[0];
    }

    /** About one tier change per customer every two years: up or down one tier, with a reason. */
    private int tierHistory() throws Exception {
        int[] count = {0};
        work(c -> {
            try (PreparedStatement change = c.prepareStatement("insert into tier_change (id, customer_id, from_tier, to_tier, changed_by,"
                    + " changed_at, reason) values (?, ?, ?, ?, 'benchmark', ?, ?)")) {
                for (long[] account : accounts) {
                    if (account[3] == 1) {
                        continue;
                    }
                    for (int n = 0; n < YEARS / 2; n++) {
                        String to = "ABC".substring((int) account[2], (int) account[2] + 1);
                        String from = to.equals("A") ? "B" : to.equals("C") ? "B" : random.nextBoolean() ? "A" : "C";
                        change.setLong(1, ID + 200_000 + count[0]);
                        change.setLong(2, account[0]);
                        change.setString(3, from);
                        change.setString(4, to);
                        change.setTimestamp(5, Timestamp.from(Instant.now().minus(Duration.ofDays(30 + random.nextInt(365 * YEARS)))));
                        change.setString(6, from.compareTo(to) < 0 ? "采购额下降，转投竞争对手" : "年度评审后升级");
                        change.addBatch();
                        count[0]++;
                    }
                }
                change.executeBatch();
            }
        });
        return count[0];
    }

    /** About three visits a week per rep over five years, on working days, one in ten to a prospect. */
    private int visits(List<String> reps, PrintWriter out) throws Exception {
        List<List<long[]>> byRep = new ArrayList<>();
        List<long[]> prospects = new ArrayList<>();
        reps.forEach(r -> byRep.add(new ArrayList<>()));
        for (long[] account : accounts) {
            (account[3] == 1 ? prospects : byRep.get((int) account[1])).add(account);
        }
        LocalDate today = LocalDate.now(SHANGHAI);
        LocalDate first = today.minusYears(YEARS);
        int[] count = {0};
        String[] purposes = {"RELATIONSHIP", "NEEDS", "PRESENTATION", "NEGOTIATION", "SERVICE", "PAYMENT"};
        for (int r = 0; r < reps.size(); r++) {
            String rep = reps.get(r);
            List<long[]> own = byRep.get(r);
            work(c -> {
                try (PreparedStatement visit = c.prepareStatement("insert into visit (id, rep, customer_id, prospect, visit_date, purpose,"
                        + " status, result, next_step, submission, created_at, updated_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, 'DONE', '了解需求，客户反馈良好', '下周报价', ?, ?, ?, 0)")) {
                    for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
                        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || random.nextInt(5) >= 3) {
                            continue;
                        }
                        boolean toProspect = own.isEmpty() || random.nextInt(10) == 0;
                        long[] customer = toProspect ? prospects.get(random.nextInt(prospects.size())) : own.get(random.nextInt(own.size()));
                        Timestamp at = Timestamp.from(day.atTime(18, 0).atZone(SHANGHAI).toInstant());
                        visit.setLong(1, ID + 1_000_000 + count[0]);
                        visit.setString(2, rep);
                        visit.setLong(3, customer[0]);
                        visit.setBoolean(4, toProspect);
                        visit.setDate(5, Date.valueOf(day));
                        visit.setString(6, purposes[count[0] % purposes.length]);
                        visit.setString(7, UUID.randomUUID().toString());
                        visit.setTimestamp(8, at);
                        visit.setTimestamp(9, at);
                        visit.addBatch();
                        count[0]++;
                    }
                    visit.executeBatch();
                }
            });
            if (r % 20 == 0) {
                out.print(' ');
                out.flush();
            }
        }
        return count[0];
    }

    /** Closed complaints over three years (a tenth after their time, most with a call-back score), and 300 open ones. */
    private int complaints(PrintWriter out) throws Exception {
        int total = COMPLAINTS + 300;
        for (int batch = 0; batch < total; batch += 5_000) {
            int from = batch;
            work(c -> {
                try (PreparedStatement complaint = c.prepareStatement("insert into complaint (id, number, customer_id, contact_name,"
                        + " contact_phone, channel, category, severity, subject, description, status, department_code, registered_by,"
                        + " registered_at, response_due, resolve_due, responded_at, resolution, reopen_count, satisfaction, breached,"
                        + " closed_at, version) values (?, ?, ?, '王先生', '13800000000', 'PHONE', 'PRODUCT_QUALITY', 'LOW', ?,"
                        + " '设备运行异常，需要处理', ?, 'CUSTOMER_SERVICE', 'ma.lin', ?, ?, ?, ?, ?, 0, ?, ?, ?, 0)")) {
                    for (int i = from; i < Math.min(total, from + 5_000); i++) {
                        boolean open = i >= COMPLAINTS;
                        Instant registered = open ? Instant.now().minus(Duration.ofHours(random.nextInt(96)))
                                : Instant.now().minus(Duration.ofMinutes(60L * 24 * 7 + random.nextInt(60 * 24 * 365 * 3)));
                        Instant resolveDue = registered.plus(Duration.ofDays(3));
                        Instant closed = registered.plus(Duration.ofHours(4 + random.nextInt(open ? 1 : 80)));
                        long[] customer = accounts.get(random.nextInt(accounts.size()));
                        complaint.setLong(1, ID + 2_000_000 + i);
                        complaint.setString(2, "BK-%06d".formatted(i));
                        complaint.setLong(3, customer[0]);
                        complaint.setString(4, "基准投诉 " + i);
                        complaint.setString(5, open ? (i % 2 == 0 ? "TRIAGE" : "RESOLVING") : "CLOSED");
                        complaint.setTimestamp(6, Timestamp.from(registered));
                        complaint.setTimestamp(7, Timestamp.from(registered.plus(Duration.ofHours(4))));
                        complaint.setTimestamp(8, Timestamp.from(resolveDue));
                        complaint.setTimestamp(9, open ? null : Timestamp.from(registered.plus(Duration.ofHours(2))));
                        complaint.setString(10, open ? null : "已更换部件，客户确认");
                        if (open || i % 5 == 0) {
                            complaint.setNull(11, java.sql.Types.INTEGER);
                        } else {
                            complaint.setInt(11, 1 + random.nextInt(5));
                        }
                        complaint.setBoolean(12, !open && closed.isAfter(resolveDue));
                        complaint.setTimestamp(13, open ? null : Timestamp.from(closed));
                        complaint.addBatch();
                    }
                    complaint.executeBatch();
                }
            });
            out.print(' ');
            out.flush();
        }
        return total;
    }

    /** Delivered handoffs over three years to the five delivering departments (some after the promised day), and 200 open. */
    private int handoffs(List<String> reps, PrintWriter out) throws Exception {
        int total = HANDOFFS + 200;
        for (int batch = 0; batch < total; batch += 5_000) {
            int from = batch;
            work(c -> {
                try (PreparedStatement handoff = c.prepareStatement("insert into handoff (id, number, requester, requester_department,"
                        + " target_department, kind, subject, details, acceptance_criteria, needed_by, promised_by, priority, status,"
                        + " assignee, deliverable, send_back_count, breached, requested_at, approved_at, delivered_at, ended_at, version)"
                        + " values (?, ?, ?, ?, ?, 'QUOTATION', ?, '请提供报价', '报价单经客户确认', ?, ?, 'NORMAL', ?, ?, ?, 0, ?, ?, ?, ?, ?, 0)")) {
                    for (int i = from; i < Math.min(total, from + 5_000); i++) {
                        boolean open = i >= HANDOFFS;
                        int rep = random.nextInt(reps.size());
                        Instant requested = open ? Instant.now().minus(Duration.ofHours(random.nextInt(240)))
                                : Instant.now().minus(Duration.ofMinutes(60L * 24 * 3 + random.nextInt(60 * 24 * 365 * 3)));
                        LocalDate promised = requested.atZone(SHANGHAI).toLocalDate().plusDays(5);
                        Instant delivered = requested.plus(Duration.ofHours(24 + random.nextInt(24 * 6)));
                        String target = open ? "TECH_SUPPORT" : DELIVERERS[i % DELIVERERS.length];
                        handoff.setLong(1, ID + 3_000_000 + i);
                        handoff.setString(2, "BH-%06d".formatted(i));
                        handoff.setString(3, reps.get(rep));
                        handoff.setString(4, "BT%02d".formatted(rep / REPS_PER_TEAM + 1));
                        handoff.setString(5, target);
                        handoff.setString(6, "基准协作 " + i);
                        handoff.setDate(7, Date.valueOf(promised));
                        handoff.setDate(8, Date.valueOf(promised));
                        handoff.setString(9, open ? "IN_PROGRESS" : "DONE");
                        handoff.setString(10, target.equals("TECH_SUPPORT") ? "he.peng" : null);
                        handoff.setString(11, open ? null : "报价单已发送");
                        handoff.setBoolean(12, !open && delivered.atZone(SHANGHAI).toLocalDate().isAfter(promised));
                        handoff.setTimestamp(13, Timestamp.from(requested));
                        handoff.setTimestamp(14, Timestamp.from(requested.plus(Duration.ofHours(2))));
                        handoff.setTimestamp(15, open ? null : Timestamp.from(delivered));
                        handoff.setTimestamp(16, open ? null : Timestamp.from(delivered.plus(Duration.ofHours(20))));
                        handoff.addBatch();
                    }
                    handoff.executeBatch();
                }
            });
            out.print(' ');
            out.flush();
        }
        return total;
    }

    private interface Work {
        void on(Connection connection) throws Exception;
    }

    /** One transaction of work on the portal's own data source. */
    private void work(Work work) throws Exception {
        transaction.begin();
        try (Connection connection = dataSource.getConnection()) {
            work.on(connection);
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }
}
