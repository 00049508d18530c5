package accord.testing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Test-only (in the browser tests' portal): after every request, writes each session attribute as
 * the cluster's data grid would, so that a page keeping something that cannot travel to another
 * node fails a test here instead of losing a session in production. {@code GET /it/session-problems}
 * answers what could not be written (empty when all is well); {@link Browser#close} asks it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionSerializability extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionSerializability.class.getName());
    private static final Set<String> PROBLEMS = Collections.synchronizedSet(new TreeSet<>());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null) {
                check(session, request.getServletPath());
            }
        }
    }

    /** What could not be written so far, one line each. */
    static String problems() {
        synchronized (PROBLEMS) {
            return String.join("\n", PROBLEMS);
        }
    }

    private static void check(HttpSession session, String page) {
        try {
            for (String name : Collections.list(session.getAttributeNames())) {
                Object value = session.getAttribute(name);
                try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
                    out.writeObject(value);
                } catch (IOException | RuntimeException e) {
                    String problem = page + ": session attribute " + name + " (" + value.getClass().getName() + "): " + e;
                    if (PROBLEMS.add(problem)) {
                        LOG.severe(problem);
                    }
                }
            }
        } catch (IllegalStateException invalidated) {
            // signed out during this request: nothing left to travel
        }
    }
}
