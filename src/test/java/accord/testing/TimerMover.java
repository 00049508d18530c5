package accord.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.flowable.engine.ManagementService;

/**
 * Test-only (added to browser-test deployments): {@code GET /it/move-timers?element=…} makes every
 * waiting timer of that BPMN element due now, so the portal's job executor runs it as it would at
 * its time: a browser test moves the clock instead of waiting for it. Answers how many it moved.
 */
@WebServlet("/it/move-timers")
public class TimerMover extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ManagementService management;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var timers = management.createTimerJobQuery().elementId(request.getParameter("element")).list();
        timers.forEach(timer -> management.moveTimerToExecutableJob(timer.getId()));
        response.setContentType("text/plain");
        response.getWriter().print(timers.size());
    }
}
