package accord.setup.boundary;

import accord.platform.boundary.OpenPaths;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.util.Servlets;

/** While the database waits for its first administrator, every page leads to the setup page and nothing else is reachable. */
@WebFilter(filterName = "SetupGate", urlPatterns = "/*")
public class SetupGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String SETUP_PAGE = "/setup.xhtml";

    @Inject
    Setup setup;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (OpenPaths.isOpen(request) || SETUP_PAGE.equals(OpenPaths.pathOf(request)) || !setup.isPending()) {
            chain.doFilter(request, response);
            return;
        }
        Servlets.facesRedirect(request, response, request.getContextPath() + SETUP_PAGE);
    }
}
