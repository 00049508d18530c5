package accord.testing;

import accord.casefile.control.CaseVariables;
import accord.workflow.control.Acting;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flowable.engine.RuntimeService;

/**
 * Test-only (added to browser-test deployments): {@code GET /it/start-case?offeredTo=…&approver=…&subject=…}
 * starts an inbox test case as the signed-in person and answers with its case number.
 */
@WebServlet("/it/start-case")
public class CaseStarter extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    RuntimeService runtime;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String caseNumber = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> variables = new HashMap<>();
        variables.put("offeredTo", request.getParameter("offeredTo"));
        variables.put("approver", request.getParameter("approver"));
        variables.put("due", new java.util.Date(System.currentTimeMillis() + 3 * 3_600_000L));
        variables.put("priority", 80);
        variables.put(CaseVariables.SUBJECT, request.getParameter("subject"));
        variables.put(CaseVariables.CUSTOMER_NAME, "上海恒通精密机械有限公司");
        Acting.as(request.getRemoteUser(), () -> runtime.createProcessInstanceBuilder()
                .processDefinitionKey("itInboxCase").businessKey(caseNumber)
                .name(request.getParameter("subject")).variables(variables).start());
        response.setContentType("text/plain");
        response.getWriter().print(caseNumber);
    }
}
