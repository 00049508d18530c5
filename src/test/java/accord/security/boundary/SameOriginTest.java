package accord.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings servlets' defences: only the portal's own pages change things, and only go back to the portal's own pages. */
class SameOriginTest {

    @Test
    void aPostFromThePortalsOwnPageIsTaken() {
        assertTrue(SameOrigin.of(request(Map.of("Host", "portal.corp:8080", "Origin", "http://portal.corp:8080"))));
        assertTrue(SameOrigin.of(request(Map.of("Host", "portal.corp", "Referer", "https://portal.corp/inbox/index.xhtml"))));
    }

    @Test
    void aPostFromAnotherSiteOrFromNowhereIsRefused() {
        assertFalse(SameOrigin.of(request(Map.of("Host", "portal.corp", "Origin", "http://evil.example"))));
        assertFalse(SameOrigin.of(request(Map.of("Host", "portal.corp", "Origin", "null"))));
        assertFalse(SameOrigin.of(request(Map.of("Host", "portal.corp", "Origin", "http://portal.corp.evil.example"))));
        assertFalse(SameOrigin.of(request(Map.of("Host", "portal.corp", "Referer", "http://evil.example/portal.corp"))));
        assertFalse(SameOrigin.of(request(Map.of("Host", "portal.corp"))));
    }

    @Test
    void theLanguageSwitchGoesBackOnlyToAPageOfThePortal() {
        assertEquals("/inbox/index.xhtml?list=team",
                LanguageSwitch.backTo(request(Map.of("Host", "portal.corp", "Referer", "http://portal.corp/inbox/index.xhtml?list=team"))));
        assertEquals("/", LanguageSwitch.backTo(request(Map.of("Host", "portal.corp", "Referer", "http://portal.corp//evil.example/x"))));
        assertEquals("/", LanguageSwitch.backTo(request(Map.of("Host", "portal.corp", "Referer", "http://portal.corp/%2F%2Fevil.example"))));
        assertEquals("/", LanguageSwitch.backTo(request(Map.of("Host", "portal.corp", "Referer", "http://evil.example/inbox/index.xhtml"))));
        assertEquals("/", LanguageSwitch.backTo(request(Map.of("Host", "portal.corp"))));
    }

    /** A request to portal.corp at the root context with these headers. */
    private static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(SameOriginTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getContextPath" -> "";
                    case "getServerName" -> "portal.corp";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
