package accord.security.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** {@code POST /signout}: ends the session and returns to the login page (works from every page). */
@WebServlet("/signout")
public class SignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Cookie signedIn = new Cookie(SignIn.SIGNED_IN_COOKIE, "");
        signedIn.setPath("/");
        signedIn.setMaxAge(0);
        response.addCookie(signedIn);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
    }
}
