package accord.operations.boundary;

import accord.casefile.control.DiagramNames;
import accord.operations.control.WorkflowVersions;
import accord.security.boundary.CurrentPerson;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.RepositoryService;

/**
 * {@code GET /admin/version-diagram?id=…}: a workflow version's BPMN, with the steps where its
 * running cases wait as "current", as JSON for the diagram include; ADMIN only, 404 otherwise.
 */
@WebServlet("/admin/version-diagram")
public class VersionDiagram extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    RepositoryService repository;

    @Inject
    WorkflowVersions versions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || !me.actor().admin()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String bpmn;
        try (InputStream model = repository.getProcessModel(id)) {
            bpmn = new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (FlowableObjectNotFoundException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        JsonArrayBuilder waiting = Json.createArrayBuilder();
        versions.waitingAt(me.actor(), id).keySet().forEach(waiting::add);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        Json.createWriter(response.getWriter()).write(Json.createObjectBuilder()
                .add("bpmn", DiagramNames.in(bpmn, me.getLocale()))
                .add("current", waiting)
                .add("done", Json.createArrayBuilder())
                .add("flows", Json.createArrayBuilder())
                .build());
    }
}
