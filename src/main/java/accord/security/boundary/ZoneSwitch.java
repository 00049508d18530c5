package accord.security.boundary;

import accord.security.control.ZoneNames;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;

/** {@code POST /timezone?zone=Asia/Shanghai}: the person's time zone, for every date and time shown and typed. */
@WebServlet("/timezone")
public class ZoneSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!SameOrigin.of(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Change settings from the portal's own pages");
            return;
        }
        String zone = request.getParameter("zone");
        if (!ZoneNames.isOffered(zone)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "zone must be one of " + ZoneNames.OFFERED);
            return;
        }
        me.chooseZone(ZoneId.of(zone));
        response.sendRedirect(LanguageSwitch.backTo(request));
    }
}
