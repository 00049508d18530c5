package accord.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.flowable.engine.RuntimeService;

/**
 * Test-only (added to the browser tests' portal): {@code GET /it/failing-case} starts a case of
 * it/failing-step.bpmn20.xml whose background step fails on purpose and answers with its number;
 * {@code GET /it/failing-case?fix=NUMBER} fixes that case's cause, so that a retry succeeds;
 * {@code GET /it/failing-case?working} starts one whose step does not fail (it waits at its task);
 * {@code GET /it/failing-case?version2} deploys (once) a second version of the workflow whose task
 * has another id ({@code reviewed}, the same name), for moving the first version's cases to it.
 */
@WebServlet("/it/failing-case")
public class FailingCases extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    RuntimeService runtime;

    @Inject
    org.flowable.engine.RepositoryService repository;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String fix = request.getParameter("fix");
        String number;
        if (request.getParameter("version2") != null) {
            String xml;
            try (var file = FailingCases.class.getClassLoader().getResourceAsStream("workflows/it-failing-step.bpmn20.xml")) {
                xml = new String(file.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\"done\"", "\"reviewed\"");
            }
            repository.createDeployment().name("it-failing-step-v2").key("it-failing-step-v2").enableDuplicateFiltering()
                    .addString("it-failing-step.bpmn20.xml", xml).deploy();
            number = "version 2";
        } else if (fix != null) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(fix).list()
                    .forEach(instance -> runtime.setVariable(instance.getId(), "failOnPurpose", false));
            number = fix;
        } else {
            number = "IT-F-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            boolean fails = request.getParameter("working") == null;
            runtime.startProcessInstanceByKey("itFailingStep", number, Map.of("failOnPurpose", fails, "starter", request.getRemoteUser()));
        }
        response.setContentType("text/plain");
        response.getWriter().print(number);
    }
}
