package accord.testing;

import accord.inbox.control.TaskFilter;
import accord.inbox.control.TaskList;
import accord.inbox.control.TaskQueries;
import accord.inbox.control.TaskRows;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.portal.control.OpenWork;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Benchmark-only: {@code GET /it/profile-inbox?login=…} times, inside the server, each query
 * behind one inbox page (median of 50 runs), so the benchmark can say where the time goes.
 */
@WebServlet("/it/profile-inbox")
public class InboxProfiler extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskQueries queries;

    @Inject
    TaskRows rows;

    @Inject
    Directory directory;

    @Inject
    OpenWork openWork;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getParameter("login");
        response.setContentType("text/plain");
        PrintWriter out = response.getWriter();
        Actor actor = directory.actor(login);
        time(out, "actor from directory", () -> directory.actor(login));
        for (TaskList list : TaskList.values()) {
            time(out, "count " + list, () -> queries.count(actor, list, new TaskFilter()));
        }
        time(out, "page MINE (20 tasks)", () -> queries.page(actor, TaskList.MINE, new TaskFilter(), null, true, 0, 20));
        var page = queries.page(actor, TaskList.MINE, new TaskFilter(), null, true, 0, 20);
        time(out, "rows for 20 tasks", () -> rows.of(page));
        time(out, "home: department", () -> openWork.ofDepartment(actor.groups().get(0)));
    }

    private static void time(PrintWriter out, String what, Supplier<Object> query) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            query.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        out.printf("  %-24s p50=%6.2f ms p95=%6.2f ms%n", what, millis.get(25), millis.get(47));
    }
}
