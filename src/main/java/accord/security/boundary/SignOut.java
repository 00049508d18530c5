package accord.security.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** {@code POST /signout}: ends the session and returns to the login page (works from every page of the portal's own). */
@WebServlet("/signout")
public class SignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!SameOrigin.of(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sign out from the portal's own pages");
            return;
        }
        response.addCookie(PortalCookies.of(SignIn.SIGNED_IN_COOKIE, "", 0));
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
    }
}
