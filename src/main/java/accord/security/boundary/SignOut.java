package accord.security.boundary;

import accord.platform.control.AuditTrail;
import accord.platform.control.LogText;
import accord.platform.entity.AuditAction;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code POST /signout}: ends the session and returns to the login page (works from every page of the portal's own). */
@WebServlet("/signout")
public class SignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignOut.class.getName());

    @Inject
    AuditTrail audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!SameOrigin.of(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sign out from the portal's own pages");
            return;
        }
        response.addCookie(PortalCookies.of(SignIn.SIGNED_IN_COOKIE, "", 0));
        String login = request.getRemoteUser();
        if (login != null) {
            try {
                audit.recordAs(login, AuditAction.SIGNED_OUT, login, null);
            } catch (RuntimeException notWritten) {
                // The person is signed out whether or not it could be written down (the database may be gone).
                LOG.log(Level.WARNING, "Could not record the sign-out of " + LogText.of(login), notWritten);
            }
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
    }
}
