package accord.security.boundary;

import accord.platform.boundary.OpenPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.omnifaces.util.Servlets;

/**
 * A person whose password was reset (or who still has the demo's shared password on a company's
 * database) can do nothing but choose their own: every other page leads to My settings until they
 * have. {@link PortalAuthentication} marks such a request.
 */
@WebFilter(filterName = "PasswordChangeGate", urlPatterns = "/*")
public class PasswordChangeGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String SETTINGS_PAGE = "/settings.xhtml";
    private static final Set<String> ALLOWED = Set.of(SETTINGS_PAGE, "/signout", PortalAuthentication.LOGIN_PAGE);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(PortalAuthentication.MUST_CHANGE_PASSWORD) == null || OpenPaths.isOpen(request)
                || ALLOWED.contains(OpenPaths.pathOf(request))) {
            chain.doFilter(request, response);
            return;
        }
        Servlets.facesRedirect(request, response, request.getContextPath() + SETTINGS_PAGE);
    }
}
