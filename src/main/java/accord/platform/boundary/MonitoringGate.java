package accord.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What Payara serves beside the portal when the portal is the root application: {@code /metrics}
 * only for ADMIN (a signed-in administrator, or a tool with an administrator's or service
 * account's API token as {@code Authorization: Bearer}); {@code /health} and its checks answer
 * everyone with their status (the balancer asks {@code /health/ready}), the details only for ADMIN.
 * {@code accord.monitoring.public=true} opens both to everyone, as on a developer's machine.
 */
@WebFilter(filterName = "MonitoringGate", urlPatterns = {"/metrics", "/metrics/*", "/health", "/health/*"})
public class MonitoringGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isPublic() || request.isUserInRole("ADMIN")) {
            chain.doFilter(request, response);
        } else if (OpenPaths.pathOf(request).startsWith("/metrics")) {
            response.setHeader("WWW-Authenticate", "Bearer");
            response.sendError(request.getRemoteUser() == null ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
        } else {
            chain.doFilter(request, new StatusOnly(response));
        }
    }

    private static boolean isPublic() {
        return ConfigProvider.getConfig().getOptionalValue("accord.monitoring.public", Boolean.class).orElse(false);
    }

    /** The answer's status, without its body. */
    private static final class StatusOnly extends HttpServletResponseWrapper {

        private static final ServletOutputStream NOWHERE = new ServletOutputStream() {
            @Override
            public void write(int b) {
                // not for this caller
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };

        StatusOnly(HttpServletResponse response) {
            super(response);
            response.setContentLength(0);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return NOWHERE;
        }

        @Override
        public PrintWriter getWriter() {
            return new PrintWriter(OutputStream.nullOutputStream());
        }

        @Override
        public void setContentLength(int length) {
            // none
        }

        @Override
        public void setContentLengthLong(long length) {
            // none
        }
    }
}
