package accord.testing;

import accord.casefile.control.CaseVariables;
import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.security.control.Passwords;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;

/**
 * Benchmark-only: {@code GET /it/seed-benchmark} loads 200 people in 10 departments and 10 000
 * open inbox test cases. The measured person {@code bm.measured} (department BM0, roles STAFF and
 * CUSTOMER_SERVICE: three candidate groups) holds 50 of them and 30 more are offered to BM0.
 */
@WebServlet("/it/seed-benchmark")
// Open without signing in: on PostgreSQL the demo's admin must first change the shared password (in
// the benchmark's deployment only).
@ServletSecurity(@HttpConstraint(ServletSecurity.EmptyRoleSemantic.PERMIT))
public class BenchmarkSeeder extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String MEASURED = "bm.measured";
    public static final String PASSWORD = "benchmark-pass";

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    Passwords passwords;


    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long started = System.nanoTime();
        response.setContentType("text/plain");
        PrintWriter progress = response.getWriter();
        try {
            List<List<String>> people = people();
            Random random = new Random(42);
            int made = 0;
            made += cases(progress, 50, i -> "BM0", i -> MEASURED);
            made += cases(progress, 30, i -> "BM0", i -> null);
            int rest = 10_000 - made;
            made += cases(progress, rest, i -> "BM" + (1 + i % 9),
                    i -> random.nextBoolean() ? people.get(1 + i % 9).get(random.nextInt(20)) : null);
            progress.printf("seeded %d cases in %d s%n", made, (System.nanoTime() - started) / 1_000_000_000L);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<List<String>> people() throws Exception {
        transaction.begin();
        String dummy = "-";
        List<List<String>> logins = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            Department department = new Department("BM" + d, "基准部门" + d, "Benchmark " + d, null);
            em.persist(department);
            List<String> members = new ArrayList<>();
            for (int p = 0; p < 20; p++) {
                boolean measured = d == 0 && p == 0;
                String login = measured ? MEASURED : "bm.p%d%02d".formatted(d, p);
                Employee employee = new Employee(login, "基准员工 " + login, null, department,
                        measured ? passwords.hash(PASSWORD.toCharArray()) : dummy);
                if (measured) {
                    employee.grant(Role.CUSTOMER_SERVICE);
                    employee.chooseLanguage("en");
                }
                em.persist(employee);
                members.add(login);
            }
            logins.add(members);
        }
        transaction.commit();
        return logins;
    }

    private int cases(PrintWriter progress, int count, java.util.function.IntFunction<String> offeredTo,
            java.util.function.IntFunction<String> holder) throws Exception {
        for (int i = 0; i < count; i += 250) {
            transaction.begin();
            for (int j = i; j < Math.min(count, i + 250); j++) {
                Map<String, Object> variables = new HashMap<>();
                variables.put("offeredTo", offeredTo.apply(j));
                variables.put("approver", MEASURED);
                variables.put("due", new Date(System.currentTimeMillis() + (j % 20 - 5) * 86_400_000L));
                variables.put("priority", (j * 7) % 100);
                variables.put(CaseVariables.SUBJECT, "Benchmark case " + j);
                variables.put(CaseVariables.CUSTOMER_NAME, "基准客户 " + j % 40);
                String caseId = runtime.createProcessInstanceBuilder().processDefinitionKey("itInboxCase")
                        .businessKey("BM-%06d-%s".formatted(j, offeredTo.apply(j))).name("Benchmark case " + j)
                        .variables(variables).start().getId();
                String login = holder.apply(j);
                if (login != null) {
                    String task = tasks.createTaskQuery().processInstanceId(caseId).singleResult().getId();
                    tasks.claim(task, login);
                }
            }
            transaction.commit();
            // Something on the wire every batch, so that no idle timeout closes the connection.
            progress.print(' ');
            progress.flush();
        }
        return count;
    }
}
