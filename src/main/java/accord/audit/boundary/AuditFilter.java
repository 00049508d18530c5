package accord.audit.boundary;

import accord.platform.control.AuditTrail;
import accord.platform.control.ClientAddress;
import accord.platform.control.LogText;
import accord.platform.entity.AuditAction;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Around every request: the client's address for the audit lines written meanwhile, and a line for
 * every refused access (403). The container refuses a page a person's roles do not allow before any
 * filter runs, so that refusal is seen on the way to the error page; a refusal of the portal's own
 * (the API's problem answers) is seen when the request comes back.
 */
@WebFilter(filterName = "AuditFilter", urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class AuditFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AuditFilter.class.getName());
    private static final String RECORDED = AuditFilter.class.getName() + ".recorded";

    @Inject
    AuditTrail trail;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ClientAddress.set(ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies()));
        try {
            if (request.getDispatcherType() == DispatcherType.ERROR) {
                if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
                    refused(request, (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
                }
                chain.doFilter(request, response);
                return;
            }
            chain.doFilter(request, response);
            if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
                refused(request, request.getRequestURI());
            }
        } finally {
            if (request.getDispatcherType() == DispatcherType.REQUEST) {
                ClientAddress.clear();
            }
        }
    }

    /** Once per request, however many dispatches see the 403. */
    private void refused(HttpServletRequest request, String uri) {
        if (request.getAttribute(RECORDED) != null) {
            return;
        }
        request.setAttribute(RECORDED, Boolean.TRUE);
        String path = uri == null ? "" : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        try {
            trail.recordAs(request.getRemoteUser(), AuditAction.ACCESS_REFUSED, request.getMethod() + " " + path, null);
        } catch (RuntimeException e) {
            // The refusal stands whether or not it could be written down (the database may be what is missing).
            LOG.log(Level.WARNING, "Could not record a refused access to " + LogText.of(path), e);
        }
    }

    /** {@code accord.proxies}: the balancers whose X-Forwarded-For is believed (none unless set). */
    private static Set<String> trustedProxies() {
        return ConfigProvider.getConfig().getOptionalValue("accord.proxies", String.class)
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
