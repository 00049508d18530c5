package accord.portal.boundary;

import accord.platform.boundary.PlainPage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Requests the pages do not take, answered as such before anything reads them: a method other
 * than GET, HEAD or POST is 405 (the Faces servlet served PUT and DELETE as GET); a form over
 * {@value #LARGEST_FORM} bytes, or an upload over {@value #LARGEST_UPLOAD} bytes in all, is 413
 * with a page that says so (the container's own refusal came as a 500 with a long trace). One log
 * line each. A single file over 10 MB within that is said beside its field (p:fileUpload's sizeLimit).
 */
@WebFilter(filterName = "RequestGate", urlPatterns = "*.xhtml")
public class RequestGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestGate.class.getName());
    private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST");
    /** Grizzly's own limit for a form's parameters (max-post-size, 2 MB). */
    static final long LARGEST_FORM = 2_097_152;
    /** web.xml's multipart max-request-size: several files of up to 10 MB and the form. */
    static final long LARGEST_UPLOAD = 83_886_080;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!PAGE_METHODS.contains(request.getMethod())) {
            LOG.info(() -> request.getMethod() + " " + request.getRequestURI() + ": not taken (405)");
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        long length = request.getContentLengthLong();
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        long largest = type.startsWith("multipart/") ? LARGEST_UPLOAD : LARGEST_FORM;
        if ("POST".equals(request.getMethod()) && length > largest) {
            LOG.info(() -> "POST " + request.getRequestURI() + " of " + length + " bytes: too large (413)");
            tooLarge(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The refusal as a page of its own, in the person's language: an error page of the Faces
     * servlet would read the body this refuses to read.
     */
    private static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close"); // the body is not read
        PlainPage.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error-413", "error.413");
    }
}
