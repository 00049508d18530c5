package accord.platform.boundary;

import accord.platform.control.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The answer while the database cannot be reached: 503 with {@code Retry-After}, as a page that
 * says nothing was saved and to try again in a moment (in the person's language), as a problem for
 * the API, and as a Faces redirect for an Ajax request (PrimeFaces shows nothing of a failed one).
 * Nothing is written to the database, so nothing can be half done. The log gets one line when it
 * starts and one a minute while it lasts, not a trace per request.
 */
public final class Unavailable {

    private static final Logger LOG = Logger.getLogger(Unavailable.class.getName());
    static final int RETRY_AFTER_SECONDS = 30;
    private static final long LOG_EVERY_MILLIS = 60_000;
    private static final AtomicLong LAST_LOGGED = new AtomicLong();
    private static final AtomicInteger SINCE_LOGGED = new AtomicInteger();

    private Unavailable() {
    }

    public static void answer(HttpServletRequest request, HttpServletResponse response, Throwable why) {
        note(why);
        try {
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            if (OpenPaths.isApi(request)) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("application/problem+json;charset=UTF-8");
                String detail = Text.in(Languages.of(request), () -> Text.of("error.503.text"));
                // The problem as api.control.Problem writes it (this answer comes before the API runs).
                response.getWriter().write("{\"type\":\"https://accord.example.com/problems/unavailable\",\"title\":\"Service Unavailable\","
                        + "\"status\":503,\"detail\":"
                        + jakarta.json.Json.createValue(detail).toString() + "}");
            } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // An Ajax request: the page the person is on opens again, and says so itself.
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + samePage(request) + "\"/></partial-response>");
            } else {
                PlainPage.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error-503", "error.503");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page the Ajax request came from, if it is one of the portal's; else its home. */
    private static String samePage(HttpServletRequest request) {
        String root = request.getContextPath() + "/";
        String uri = request.getRequestURI();
        String query = request.getQueryString();
        String page = uri + (query == null ? "" : "?" + query);
        return (page.startsWith(root) && !page.startsWith("//") ? page : root).replace("&", "&amp;").replace("\"", "&quot;");
    }

    private static void note(Throwable why) {
        SINCE_LOGGED.incrementAndGet();
        long now = System.currentTimeMillis();
        long last = LAST_LOGGED.get();
        if (now - last >= LOG_EVERY_MILLIS && LAST_LOGGED.compareAndSet(last, now)) {
            int answered = SINCE_LOGGED.getAndSet(0);
            String cause = rootOf(why);
            LOG.warning(() -> "The database cannot be reached: " + answered + " request(s) answered 503 (" + cause + ")");
        }
    }

    private static String rootOf(Throwable why) {
        Throwable root = why;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + accord.platform.control.LogText.of(String.valueOf(root.getMessage()));
    }
}
