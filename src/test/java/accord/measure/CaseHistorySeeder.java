package accord.measure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark-only: the engine's history of the big company's finished complaints and handoffs, as
 * the workflows' figures read it (a finished case and its finished steps, each with its assignee,
 * claim and due date), written straight into Flowable's history tables against the deployed
 * workflows. Three steps per case: a complaint is triaged, resolved by the department and called
 * back; a handoff is approved, delivered and accepted (one in ten delivered twice, sent back).
 */
final class CaseHistorySeeder {

    private static final String COMPLAINTS = "complaintHandling";
    private static final String HANDOFFS = "crossDepartmentHandoff";

    private final Random random = new Random(7);
    private final Map<String, List<String>> members = new HashMap<>();
    private final Connection c;
    private PreparedStatement process;
    private PreparedStatement task;
    private long steps;

    private CaseHistorySeeder(Connection c) {
        this.c = c;
    }

    /** The history of the finished complaints and handoffs with ids from {@code firstId}; returns the cases and steps written. */
    static long[] seed(Connection c, long firstId) throws SQLException {
        CaseHistorySeeder seeder = new CaseHistorySeeder(c);
        seeder.readMembers();
        long cases = 0;
        try (PreparedStatement process = c.prepareStatement("insert into ACT_HI_PROCINST (ID_, REV_, PROC_INST_ID_, BUSINESS_KEY_,"
                + " PROC_DEF_ID_, START_TIME_, END_TIME_, DURATION_, START_ACT_ID_, END_ACT_ID_, TENANT_ID_)"
                + " values (?, 1, ?, ?, ?, ?, ?, ?, 'start', 'end', '')");
                PreparedStatement task = c.prepareStatement("insert into ACT_HI_TASKINST (ID_, REV_, PROC_DEF_ID_, TASK_DEF_KEY_,"
                        + " PROC_INST_ID_, EXECUTION_ID_, NAME_, ASSIGNEE_, START_TIME_, CLAIM_TIME_, END_TIME_, DURATION_, PRIORITY_,"
                        + " DUE_DATE_, TENANT_ID_, LAST_UPDATED_TIME_) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 50, ?, '', ?)")) {
            seeder.process = process;
            seeder.task = task;
            cases += seeder.complaints(firstId);
            cases += seeder.handoffs(firstId);
            process.executeBatch();
            task.executeBatch();
        }
        return new long[] {cases, seeder.steps};
    }

    private void readMembers() throws SQLException {
        try (PreparedStatement query = c.prepareStatement("select e.login, d.code from employee e join department d on e.department_id = d.id"
                + " where e.active = true order by e.login"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                members.computeIfAbsent(rows.getString(2), d -> new ArrayList<>()).add(rows.getString(1));
            }
        }
    }

    private String someone(String department, String otherwise) {
        List<String> in = members.getOrDefault(department, List.of());
        return in.isEmpty() ? otherwise : in.get(random.nextInt(in.size()));
    }

    private String definition(String key) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("select ID_ from ACT_RE_PROCDEF where KEY_ = ? order by VERSION_ desc")) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("not deployed: " + key);
                }
                return row.getString(1);
            }
        }
    }

    private long complaints(long firstId) throws SQLException {
        String definition = definition(COMPLAINTS);
        long cases = 0;
        try (PreparedStatement query = c.prepareStatement("select id, number, registered_at, responded_at, resolve_due, closed_at"
                + " from complaint where id >= ? and status = 'CLOSED'")) {
            query.setLong(1, firstId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String id = "bk-" + rows.getLong(1);
                    Instant registered = rows.getTimestamp(3).toInstant();
                    Instant responded = rows.getTimestamp(4).toInstant();
                    Instant closed = rows.getTimestamp(6).toInstant();
                    Instant resolved = closed.minus(Duration.ofMinutes(30 + random.nextInt(90)));
                    String department = random.nextBoolean() ? "TECH_SUPPORT" : "AFTER_SALES";
                    caseOf(id, rows.getString(2), definition, registered, closed);
                    step(id, definition, "triage", "Triage the complaint", "ma.lin", registered, registered.plusSeconds(600), responded,
                            rows.getTimestamp(3).toInstant().plus(Duration.ofHours(4)));
                    step(id, definition, "resolve", "Resolve the complaint", someone(department, "he.peng"), responded,
                            responded.plus(Duration.ofMinutes(20 + random.nextInt(600))), resolved, rows.getTimestamp(5).toInstant());
                    step(id, definition, "callBack", "Call the customer back", "ma.lin", resolved, null, closed, null);
                    cases++;
                }
            }
        }
        return cases;
    }

    private long handoffs(long firstId) throws SQLException {
        String definition = definition(HANDOFFS);
        long cases = 0;
        try (PreparedStatement query = c.prepareStatement("select id, number, requester, target_department, requested_at, approved_at,"
                + " delivered_at, ended_at, promised_by from handoff where id >= ? and status = 'DONE'")) {
            query.setLong(1, firstId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String id = "bh-" + rows.getLong(1);
                    String target = rows.getString(4);
                    Instant requested = rows.getTimestamp(5).toInstant();
                    Instant approved = rows.getTimestamp(6).toInstant();
                    Instant delivered = rows.getTimestamp(7).toInstant();
                    Instant ended = rows.getTimestamp(8).toInstant();
                    Instant due = rows.getDate(9).toLocalDate().plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
                    String deliverer = someone(target, "he.peng");
                    caseOf(id, rows.getString(2), definition, requested, ended);
                    step(id, definition, "approve", "Approve the request", someone(target, "guo.qiang"), requested, null, approved, null);
                    if (cases % 10 == 0) {
                        Instant sentBack = approved.plus(Duration.between(approved, delivered).dividedBy(2));
                        step(id, definition, "deliver", "Deliver the work", deliverer, approved, null, sentBack, due);
                        step(id, definition, "deliver", "Deliver the work", deliverer, sentBack, null, delivered, due);
                    } else {
                        step(id, definition, "deliver", "Deliver the work", deliverer, approved, null, delivered, due);
                    }
                    step(id, definition, "accept", "Accept the result", rows.getString(3), delivered, null, ended, null);
                    cases++;
                }
            }
        }
        return cases;
    }

    private void caseOf(String id, String number, String definition, Instant started, Instant ended) throws SQLException {
        process.setString(1, id);
        process.setString(2, id);
        process.setString(3, number);
        process.setString(4, definition);
        process.setTimestamp(5, Timestamp.from(started));
        process.setTimestamp(6, Timestamp.from(ended));
        process.setLong(7, Duration.between(started, ended).toMillis());
        process.addBatch();
    }

    private void step(String caseId, String definition, String key, String name, String assignee, Instant created, Instant claimed,
            Instant ended, Instant due) throws SQLException {
        steps++;
        task.setString(1, caseId + "-" + steps);
        task.setString(2, definition);
        task.setString(3, key);
        task.setString(4, caseId);
        task.setString(5, caseId);
        task.setString(6, name);
        task.setString(7, assignee);
        task.setTimestamp(8, Timestamp.from(created));
        task.setTimestamp(9, claimed == null ? null : Timestamp.from(claimed));
        task.setTimestamp(10, Timestamp.from(ended));
        task.setLong(11, Duration.between(created, ended).toMillis());
        task.setTimestamp(12, due == null ? null : Timestamp.from(due));
        task.setTimestamp(13, Timestamp.from(ended));
        task.addBatch();
        if (steps % 5_000 == 0) {
            process.executeBatch();
            task.executeBatch();
        }
    }
}
