package accord.portal.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every answer carries: no guessing of content types, no address of a portal page sent
 * to another site, no camera or microphone, no framing by another site; and a signed-in person's
 * pages are never kept by the browser or a proxy (a shared computer's back button shows nothing
 * after sign-out). Style sheets, scripts and images stay cacheable. The Content-Security-Policy of
 * the pages is PrimeFaces' own (primefaces.CSP in web.xml).
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        response.setHeader("X-Frame-Options", "DENY");
        if (!isStatic(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /**
     * One Content-Security-Policy per answer: the error page shown after a page failed while
     * rendering writes its own policy with its own nonce, which must replace the failed page's
     * (two policies are both enforced, and the error page's scripts broke).
     */
    private static final class OnePolicy extends jakarta.servlet.http.HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Security-Policy".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }

    private static boolean isStatic(HttpServletRequest request) {
        String path = accord.platform.boundary.OpenPaths.pathOf(request);
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/favicon.ico");
    }
}
