package accord.platform.boundary;

import accord.platform.control.DatabaseAway;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Around every request (mapped first in web.xml): a request that failed because the database could
 * not be reached is answered "try again in a moment" ({@link Unavailable}), not with the error page,
 * which would need the database to render. A signed-in request meets the outage earlier, in
 * {@code PortalAuthentication}, which answers the same.
 */
public class DatabaseOutage extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!DatabaseAway.isCause(failure) || response.isCommitted()) {
                throw failure;
            }
            response.resetBuffer();
            Unavailable.answer(request, response, failure);
        }
    }
}
