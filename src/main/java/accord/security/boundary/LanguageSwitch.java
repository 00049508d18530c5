package accord.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * {@code POST /language?to=en|zh-CN}: switches the portal language and goes back to the page the
 * person was on. A plain servlet, so it works from every page, error pages included.
 */
@WebServlet("/language")
public class LanguageSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!SameOrigin.of(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Change settings from the portal's own pages");
            return;
        }
        String to = request.getParameter("to");
        if (to == null || !(to.equals("en") || to.equals("zh-CN"))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "to must be en or zh-CN");
            return;
        }
        me.choose(Locale.forLanguageTag(to), response);
        response.sendRedirect(backTo(request));
    }

    /**
     * The page the switch was clicked on, if it is one of ours; else home. A path that begins with
     * two slashes (or a slash and a backslash) names another site to a browser, so it goes home too.
     */
    static String backTo(HttpServletRequest request) {
        String home = request.getContextPath() + "/";
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return home;
        }
        try {
            URI uri = URI.create(referer);
            boolean ours = request.getServerName().equalsIgnoreCase(uri.getHost())
                    && isOurPath(uri.getRawPath(), home) && isOurPath(uri.getPath(), home);
            return ours ? uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) : home;
        } catch (IllegalArgumentException e) {
            return home;
        }
    }

    private static boolean isOurPath(String path, String home) {
        return path != null && path.startsWith(home) && !path.startsWith("//") && !path.startsWith("/\\");
    }
}
