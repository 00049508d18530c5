package accord.cluster;

import accord.testing.Deployments;
import accord.testing.PortalProcess;
import accord.testing.SignedInClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The portal killed with {@code kill -9} while people work, again and again ({@code payara/kill-test}):
 * one Payara Micro on PostgreSQL; in each run a customer-service agent files complaints (API) and
 * triages them (task page), an after-sales engineer resolves them (task page), a sales rep asks
 * Technical Support for handoffs (form) and its head approves them (task page), while the SLA timers
 * of earlier complaints come due; at a random moment the process is killed and started again.
 * After every restart SQL checks that every step the clients saw acknowledged is stored, that
 * nothing is half done (a record's status and its case's open step agree; no step without its
 * record, no record without its case), and at the end that the jobs the dead process held ran
 * once their lock ran out, none twice, none dead.
 */
@EnabledIf("accord.cluster.KillCheck#configured")
class KillCheck {

    private static final Findings FINDINGS = new Findings();
    private static final Api API = new Api();
    private static final int LOCK_SECONDS = 10;
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String MARK = "断电测试 ";

    /** One step a client saw acknowledged: filed, triaged, resolved (complaints); requested, approved (handoffs). */
    private record Ack(String kind, String number) {
    }

    static boolean configured() {
        return System.getProperty("accord.kill.db-url") != null;
    }

    private final ConcurrentLinkedQueue<Ack> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final Map<String, Instant> heldAtKills = new HashMap<>();
    private final List<Duration> startups = new ArrayList<>();
    private String customer;
    private String agentToken;
    private String engineerToken;

    @Test
    void killedAgainAndAgainWhilePeopleWorkNothingAcknowledgedIsLostAndNothingIsHalfDone() throws Exception {
        int runs = Integer.getInteger("accord.kill.runs", 100);
        long seed = Long.getLong("accord.kill.seed", System.nanoTime());
        Random random = new Random(seed);
        PortalProcess portal = start();
        prepare();
        Map<String, Integer> missingByKind = new TreeMap<>();
        int halfDone = 0;
        int timersMoved = 0;
        Set<String> filedSoFar = new HashSet<>();
        Instant began = Instant.now();
        for (int run = 1; run <= runs; run++) {
            int before = acknowledged.size();
            Set<String> filedNow = concurrentSet();
            String mark = MARK + run + "-";
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService people = Executors.newFixedThreadPool(2);
            URI base = portal.base().toURI();
            Future<?> complaints = people.submit(() -> complaints(base, mark, killed, filedNow));
            Future<?> handoffs = people.submit(() -> handoffs(base, mark, killed));
            Thread.sleep(2_000 + random.nextInt(4_000));
            // Every SLA timer still waiting comes due at once, and the kill falls while the executor works through them.
            timersMoved += moveTimersDue(List.copyOf(filedSoFar));
            Thread.sleep(random.nextInt(1_500));
            killed.set(true);
            portal.kill();
            heldAtKills.putAll(heldJobs());
            complaints.get(2, TimeUnit.MINUTES);
            handoffs.get(2, TimeUnit.MINUTES);
            people.shutdownNow();
            filedSoFar.addAll(filedNow);

            portal = start();
            // What this run's clients saw acknowledged is stored; nothing anywhere is half done.
            List<Ack> thisRun = acknowledged.stream().skip(before).toList();
            missing(thisRun).forEach(ack -> missingByKind.merge(ack.kind(), 1, Integer::sum));
            halfDone += halfDone().size();
            System.out.println("run " + run + " of " + runs + ": " + thisRun.size() + " steps acknowledged, restarted in "
                    + startups.get(startups.size() - 1).toSeconds() + " s");
        }

        // The jobs held by the dead processes: run once their lock ran out (and the executor's reset found them).
        PortalProcess last = portal;
        Instant waitedFrom = Instant.now();
        while (!stillHeld().isEmpty() && Duration.between(waitedFrom, Instant.now()).toSeconds() < LOCK_SECONDS * 6L) {
            Thread.sleep(1_000);
        }
        List<String> notRun = stillHeld();
        List<String> halfDoneAtEnd = halfDone();
        last.close();

        Map<String, Long> byKind = new TreeMap<>();
        acknowledged.forEach(ack -> byKind.merge(ack.kind(), 1L, Long::sum));
        FINDINGS.figure(runs + " runs, each killed with kill -9 at a random moment 2–7.5 s into the work, 0–1.5 s after every waiting SLA timer came due (seed " + seed + ")",
                Duration.between(began, Instant.now()).toMinutes() + " min in all; restarts took " + startups.stream()
                        .mapToLong(Duration::toSeconds).min().orElse(0) + "–" + startups.stream().mapToLong(Duration::toSeconds).max()
                        .orElse(0) + " s");
        FINDINGS.check("steps the clients saw acknowledged, read back with SQL after each restart",
                "every one stored", byKind + " acknowledged; missing " + missingByKind, missingByKind.isEmpty());
        FINDINGS.check("complaints and handoffs, after each restart and at the end",
                "none half done: each record's status matches its case's open step; no step without its record, no record without its case",
                halfDone + " found after restarts; at the end " + halfDoneAtEnd, halfDone == 0 && halfDoneAtEnd.isEmpty());
        int effects = count("select count(*) from act_hi_actinst a join complaint c on c.process_instance_id = a.proc_inst_id_"
                + " where a.act_id_ in ('warn', 'markBreached') and c.subject like ?");
        int effectful = count("select count(distinct a.proc_inst_id_ || a.act_id_) from act_hi_actinst a join complaint c"
                + " on c.process_instance_id = a.proc_inst_id_ where a.act_id_ in ('warn', 'markBreached') and c.subject like ?");
        int dead = count("select count(*) from act_ru_deadletter_job j join complaint c on c.process_instance_id = j.process_instance_id_"
                + " where c.subject like ?");
        FINDINGS.check("jobs the killed processes held (" + heldAtKills.size() + " in all; " + timersMoved
                        + " SLA timers made due while people worked)",
                "each run after its lock (" + LOCK_SECONDS + " s) ran out; none dead; no warning or breach twice",
                notRun.size() + " not run; " + dead + " dead; " + effects + " warnings and breaches for " + effectful + " timers",
                notRun.isEmpty() && dead == 0 && effects == effectful);
        if (!unexpected.isEmpty()) {
            FINDINGS.figure("answers other than the step's own before a kill", unexpected.stream().limit(10).toList().toString());
        }
        FINDINGS.write(Path.of("target", "kill-test", "findings.md"));
        System.out.println("\n" + FINDINGS.table());
    }

    private static <T> Set<T> concurrentSet() {
        return Collections.newSetFromMap(new java.util.concurrent.ConcurrentHashMap<>());
    }

    private PortalProcess start() {
        PortalProcess portal = PortalProcess.start("kill-test", Deployments.portal(), option -> option,
                "-Daccord.db.url=" + System.getProperty("accord.kill.db-url"),
                "-Daccord.db.user=" + System.getProperty("accord.kill.db-user", "accord"),
                "-Daccord.db.password=" + System.getProperty("accord.kill.db-password", "accord"),
                "-Daccord.db.datasource-class=org.postgresql.ds.PGSimpleDataSource",
                "-Daccord.demo-data=true", "-Daccord.engine.job-lock-seconds=" + LOCK_SECONDS, "-Daccord.engine.poll-millis=500",
                "-Daccord.api.requests-per-minute=1000000", "-Daccord.signin.free-failures-per-address=100000");
        startups.add(portal.startup());
        return portal;
    }

    /** The demo people without the demo password's forced change; API tokens for the agent and the engineer. */
    private void prepare() throws SQLException {
        try (Connection db = db(); Statement update = db.createStatement()) {
            update.executeUpdate("update employee set password_change_required = false, version = version + 1 where password_change_required");
            agentToken = Api.issueToken(db, "ma.lin");
            engineerToken = Api.issueToken(db, "tang.min");
            try (ResultSet first = update.executeQuery("select min(code) from customer")) {
                first.next();
                customer = first.getString(1);
            }
        }
    }

    /** Files, triages and resolves complaints, one after another, until the kill. */
    private Void complaints(URI base, String mark, AtomicBoolean killed, Set<String> filed) {
        try {
            SignedInClient agent = SignedInClient.signIn(base, "ma.lin");
            SignedInClient engineer = SignedInClient.signIn(base, "tang.min");
            for (int i = 0; !killed.get(); i++) {
                HttpResponse<String> answer = API.tryFilingComplaint(base, agentToken, customer, mark + i);
                if (!expected(answer.statusCode(), 201, "file", killed)) {
                    continue;
                }
                String number = Api.object(answer.body()).getString("number");
                acknowledged.add(new Ack("filed", number));
                filed.add(number);
                String triage = openTask(number, "triage");
                if (!expected(API.send(base, "POST", "tasks/" + triage + "/claim", agentToken, null).statusCode(), 200, "claim", killed)
                        || !expected(agent.submit("inbox/task.xhtml?id=" + triage, "complaint-form", "triage-done", Map.of(
                                "category_input", "DELIVERY", "severity_input", "HIGH", "department_input", "AFTER_SALES")).statusCode(),
                                302, "triage", killed)) {
                    continue;
                }
                acknowledged.add(new Ack("triaged", number));
                String resolve = openTask(number, "resolve");
                if (!expected(API.send(base, "POST", "tasks/" + resolve + "/claim", engineerToken, null).statusCode(), 200, "claim", killed)
                        || !expected(engineer.submit("inbox/task.xhtml?id=" + resolve, "complaint-form", "resolve-done", Map.of(
                                "outcome", "RESOLVED", "rootCause_input", "LOGISTICS", "correctiveAction", "更换承运商", "preventiveAction", "每周核对发货单",
                                "resolution", "已补发第二批货")).statusCode(), 302, "resolve", killed)) {
                    continue;
                }
                acknowledged.add(new Ack("resolved", number));
            }
        } catch (Exception cutOff) {
            if (!killed.get()) {
                unexpected.add("complaints: " + cutOff);
            }
        }
        return null;
    }

    /** Asks Technical Support for handoffs and has its head approve them, until the kill. */
    private Void handoffs(URI base, String mark, AtomicBoolean killed) {
        try {
            SignedInClient rep = SignedInClient.signIn(base, "zhang.wei");
            SignedInClient head = SignedInClient.signIn(base, "guo.qiang");
            for (int i = 0; !killed.get(); i++) {
                HttpResponse<byte[]> requested = rep.submit("handoffs/new.xhtml", "request", "submit", Map.of(
                        "targetDepartment_input", "TECH_SUPPORT", "kind_input", "TECHNICAL_PROPOSAL", "priority", "NORMAL",
                        "neededBy_input", LocalDate.now(BUSINESS_ZONE).plusDays(14).toString(),
                        "subject", mark + i, "details", "断电测试：请提供二号线方案。", "acceptanceCriteria", "方案完整"));
                if (!expected(requested.statusCode(), 302, "request", killed)) {
                    continue;
                }
                String number = requested.headers().firstValue("Location").orElseThrow().replaceAll(".*number=", "");
                acknowledged.add(new Ack("requested", number));
                String approval = openTask(number, "approve");
                if (!expected(head.submit("inbox/task.xhtml?id=" + approval, "handoff-form", "decide-done", Map.of(
                        "decision", "APPROVE", "assignee_input", "he.peng", "text", "何鹏负责")).statusCode(), 302, "approve", killed)) {
                    continue;
                }
                acknowledged.add(new Ack("approved", number));
            }
        } catch (Exception cutOff) {
            if (!killed.get()) {
                unexpected.add("handoffs: " + cutOff);
            }
        }
        return null;
    }

    /** The step's own answer; anything else before the kill is noted (and that chain goes on with a new case). */
    private boolean expected(int status, int wanted, String step, AtomicBoolean killed) {
        if (status != wanted && !killed.get()) {
            unexpected.add(step + " answered " + status);
        }
        return status == wanted;
    }

    /** The case's open task at this step, as soon as it is there. */
    private String openTask(String number, String step) throws Exception {
        for (int attempt = 0; attempt < 40; attempt++) {
            List<String> found = strings("select t.id_ from act_ru_task t join act_hi_procinst p on p.id_ = t.proc_inst_id_"
                    + " where p.business_key_ = ? and t.task_def_key_ = ?", number, step);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(number + " has no open " + step);
    }

    /** Of these acknowledged steps, those the database does not hold. */
    private List<Ack> missing(List<Ack> acks) {
        List<Ack> missing = new ArrayList<>();
        for (Ack ack : acks) {
            String sql = switch (ack.kind()) {
                case "filed" -> "select count(*) from complaint c join act_hi_procinst p on p.id_ = c.process_instance_id where c.number = ?";
                case "requested" -> "select count(*) from handoff h join act_hi_procinst p on p.id_ = h.process_instance_id where h.number = ?";
                default -> "select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_"
                        + " where p.business_key_ = ? and t.end_time_ is not null and t.task_def_key_ = '"
                        + Map.of("triaged", "triage", "resolved", "resolve", "approved", "approve").get(ack.kind()) + "'";
            };
            if (count(sql, ack.number()) == 0) {
                missing.add(ack);
            }
        }
        return missing;
    }

    /** What is half done: a record whose status and its case's open steps disagree, a step without its record, a record without its case. */
    private List<String> halfDone() throws SQLException {
        Map<String, Set<String>> complaintSteps = Map.of("TRIAGE", Set.of("triage"), "RESOLVING", Set.of("resolve", "handleBreach"),
                "WAITING_FOR_INFORMATION", Set.of("provideInfo"), "CALL_BACK", Set.of("callBack"));
        Map<String, Set<String>> handoffSteps = Map.of("APPROVAL", Set.of("approve", "approveEscalated"),
                "INFORMATION", Set.of("provideInfo"), "DATE_PROPOSED", Set.of("considerDate"), "IN_PROGRESS", Set.of("deliver"),
                "REASSIGNING", Set.of("reassign"), "ACCEPTANCE", Set.of("accept"));
        List<String> found = new ArrayList<>();
        found.addAll(disagreements("complaint", complaintSteps));
        found.addAll(disagreements("handoff", handoffSteps));
        found.addAll(strings("select 'a step without its record: ' || t.id_ from act_ru_task t join act_re_procdef d on d.id_ = t.proc_def_id_"
                + " where (d.key_ = 'complaintHandling' and not exists (select 1 from complaint c where c.process_instance_id = t.proc_inst_id_))"
                + " or (d.key_ = 'crossDepartmentHandoff' and not exists (select 1 from handoff h where h.process_instance_id = t.proc_inst_id_))"));
        found.addAll(strings("select 'a complaint without its case: ' || c.number from complaint c where not exists"
                + " (select 1 from act_hi_procinst p where p.id_ = c.process_instance_id)"));
        found.addAll(strings("select 'a handoff without its case: ' || h.number from handoff h where not exists"
                + " (select 1 from act_hi_procinst p where p.id_ = h.process_instance_id)"));
        return found;
    }

    /** Open records whose status does not name one of their case's open steps, and ended ones with an open step. */
    private List<String> disagreements(String table, Map<String, Set<String>> stepsOfStatus) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection db = db(); Statement query = db.createStatement(); ResultSet rows = query.executeQuery(
                "select r.number, r.status, string_agg(t.task_def_key_, ',') from " + table + " r"
                        + " left join act_ru_task t on t.proc_inst_id_ = r.process_instance_id group by r.number, r.status")) {
            while (rows.next()) {
                String status = rows.getString(2);
                Set<String> open = rows.getString(3) == null ? Set.of() : new HashSet<>(List.of(rows.getString(3).split(",")));
                Set<String> allowed = stepsOfStatus.get(status);
                boolean agrees = allowed == null ? open.isEmpty() : !open.isEmpty() && allowed.containsAll(open);
                if (!agrees) {
                    found.add(table + " " + rows.getString(1) + " is " + status + " with open steps " + open);
                }
            }
        }
        return found;
    }

    /** SLA timers of these complaints made due now, as the clock reaching them would. */
    private int moveTimersDue(List<String> numbers) throws SQLException {
        if (numbers.isEmpty()) {
            return 0;
        }
        try (Connection db = db(); PreparedStatement move = db.prepareStatement("update act_ru_timer_job set duedate_ = now()"
                + " where element_id_ in ('warnTimer', 'breachTimer') and process_instance_id_ in"
                + " (select p.id_ from act_hi_procinst p where p.business_key_ = any(?))")) {
            move.setArray(1, db.createArrayOf("varchar", numbers.toArray()));
            return move.executeUpdate();
        }
    }

    /** The jobs a process held (locked) when it was killed. */
    private Map<String, Instant> heldJobs() throws SQLException {
        Map<String, Instant> held = new HashMap<>();
        Instant now = Instant.now();
        strings("select id_ from act_ru_job where lock_owner_ is not null union all"
                + " select id_ from act_ru_timer_job where lock_owner_ is not null").forEach(id -> held.put(id, now));
        return held;
    }

    /** Of the jobs held at the kills, those still waiting (not yet run). */
    private List<String> stillHeld() throws SQLException {
        Set<String> waiting = new HashSet<>(strings("select id_ from act_ru_job union all select id_ from act_ru_timer_job"));
        return heldAtKills.keySet().stream().filter(waiting::contains).toList();
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("accord.kill.db-url"), System.getProperty("accord.kill.db-user", "accord"),
                System.getProperty("accord.kill.db-password", "accord"));
    }

    private static int count(String sql, String... parameters) {
        List<String> values = strings(sql, parameters);
        return values.isEmpty() ? 0 : Integer.parseInt(values.get(0));
    }

    private static int count(String sql) {
        return count(sql, MARK + "%");
    }

    private static List<String> strings(String sql, String... parameters) {
        try (Connection db = db(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
