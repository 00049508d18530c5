package accord.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;

/**
 * Test-only (added to browser-test deployments): {@code GET /it/case-tasks?number=…} answers, a line
 * each, the case's open tasks ({@code open <id> <step> <holder>}) and its finished ones
 * ({@code done <id> <step> <holder>}), as the engine has them: what a race through the pages left.
 */
@WebServlet("/it/case-tasks")
public class CaseTasks extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskService tasks;

    @Inject
    HistoryService history;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("number");
        response.setContentType("text/plain");
        PrintWriter out = response.getWriter();
        tasks.createTaskQuery().processInstanceBusinessKey(number).orderByTaskCreateTime().asc().list()
                .forEach(t -> out.println("open " + t.getId() + " " + t.getTaskDefinitionKey() + " " + t.getAssignee()));
        history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(number).finished()
                .orderByHistoricTaskInstanceEndTime().asc().list()
                .forEach(t -> out.println("done " + t.getId() + " " + t.getTaskDefinitionKey() + " " + t.getAssignee()));
    }
}
