package accord.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Whether a state-changing request comes from the portal's own pages: its Origin (or, when a
 * browser sends none, its Referer) names the host the request was sent to. A form on another site
 * that posts here (to sign a person out, or change their language) is refused. The Faces pages
 * need no such check: a postback without its view's state is refused anyway.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean of(HttpServletRequest request) {
        String host = request.getHeader("Host");
        String origin = request.getHeader("Origin");
        String source = origin != null ? origin : request.getHeader("Referer");
        if (host == null || source == null || "null".equals(source)) {
            return false;
        }
        try {
            String authority = URI.create(source).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
