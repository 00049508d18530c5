package accord.platform.boundary;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The portal's two languages, and which one a browser chose: its cookie, else what it asks for. */
public final class Languages {

    /** The cookie that remembers a browser's choice (also before sign-in). */
    public static final String COOKIE = "accord_lang";

    private Languages() {
    }

    /** For answers written outside Faces (a page too large to read, the database away). */
    public static Locale of(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue().startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
                }
            }
        }
        return "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
