package accord.security.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.Cookie;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portal's cookies (the session's, the language's, the "signed in before" mark): HttpOnly,
 * {@code SameSite=Lax} (a cross-site POST carries none of them), and {@code Secure} when
 * {@code accord.tls=true} says people reach the portal over HTTPS (docs/operations.md).
 */
@WebListener
public class PortalCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig session = event.getServletContext().getSessionCookieConfig();
        session.setHttpOnly(true);
        session.setSecure(behindTls()); // its SameSite=Lax is in payara-web.xml: Payara takes it from there only
    }

    /** A cookie for the whole portal; max age in seconds, 0 to delete it, -1 for the browser's session. */
    public static Cookie of(String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSecure(behindTls());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    static boolean behindTls() {
        return ConfigProvider.getConfig().getOptionalValue("accord.tls", Boolean.class).orElse(false);
    }
}
