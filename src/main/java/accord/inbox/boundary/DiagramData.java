package accord.inbox.boundary;

import accord.casefile.control.CaseDiagram;
import accord.casefile.control.DiagramNames;
import accord.inbox.control.TaskLookup;
import accord.security.boundary.CurrentPerson;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /inbox/diagram?case=…}: the case's BPMN and where the case stands in it, as JSON for
 * the task page's diagram, its names in the person's language; 404 for people who may not see the case.
 */
@WebServlet("/inbox/diagram")
public class DiagramData extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    TaskLookup lookup;

    @Inject
    CaseDiagram diagrams;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String processInstanceId = request.getParameter("case");
        Optional<CaseDiagram.Diagram> diagram = lookup.canSeeCase(me.actor(), processInstanceId)
                ? diagrams.of(processInstanceId) : Optional.empty();
        if (diagram.isEmpty()) {
            TaskLookup.refused(me.actor(), "seeDiagram", processInstanceId, "task.refused.notYours");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        JsonObject body = Json.createObjectBuilder()
                .add("bpmn", DiagramNames.in(diagram.get().bpmnXml(), me.getLocale()))
                .add("current", array(diagram.get().current()))
                .add("done", array(diagram.get().done()))
                .add("flows", array(diagram.get().flowsTaken()))
                .build();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        Json.createWriter(response.getWriter()).write(body);
    }

    private static JsonArrayBuilder array(Set<String> ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        ids.forEach(array::add);
        return array;
    }
}
