package accord.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * What every page needs and no gate holds back (the setup gate, the password-change gate): style
 * sheets, scripts, images, the language and time zone switches, health and metrics, and the REST
 * API (it answers for itself: a machine cannot follow a page's redirect).
 */
public final class OpenPaths {

    private static final List<String> PREFIXES = List.of("/jakarta.faces.resource/", "/resources/", "/health",
            "/metrics", "/favicon.ico", "/language", "/timezone", "/api/", "/openapi");

    private OpenPaths() {
    }

    /** The request's path inside the application, without its query. */
    public static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A request to the REST API. */
    public static boolean isApi(HttpServletRequest request) {
        return pathOf(request).startsWith("/api/");
    }

    /** A request for what Payara serves beside the portal: metrics and health (MonitoringGate). */
    public static boolean isMonitoring(HttpServletRequest request) {
        String path = pathOf(request);
        return path.equals("/metrics") || path.startsWith("/metrics/") || path.equals("/health") || path.startsWith("/health/");
    }

    /** A style sheet, script or image: served to anyone, never needing the database. */
    public static boolean isStatic(HttpServletRequest request) {
        String path = pathOf(request);
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/favicon.ico");
    }

    public static boolean isOpen(HttpServletRequest request) {
        String path = pathOf(request);
        return PREFIXES.stream().anyMatch(path::startsWith);
    }
}
