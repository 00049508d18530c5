package accord.api.boundary;

import accord.api.control.Problem;
import accord.api.control.RateLimits;
import accord.platform.control.Text;
import accord.security.boundary.PortalAuthentication;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API request: without a valid token 401 (the sign-in mechanism has made a valid token's
 * owner the caller), and past the token's rate 429 with the seconds to wait.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiGate implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Inject
    RateLimits limits;

    @Override
    public void filter(ContainerRequestContext context) {
        var language = ApiCaller.locale(context.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (context.getSecurityContext().getUserPrincipal() == null) {
            context.abortWith(Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, "unauthorized",
                    Text.in(language, () -> Text.of("api.problem.unauthorized"))).response())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"accord\"").build());
            return;
        }
        if (request.getAttribute(PortalAuthentication.API_TOKEN) instanceof Long token) {
            limits.admit(token, System.currentTimeMillis()).ifPresent(seconds -> context.abortWith(Response.fromResponse(
                    Problem.of(Response.Status.TOO_MANY_REQUESTS, "too-many-requests",
                            Text.in(language, () -> Text.of("api.problem.tooMany", seconds))).response())
                    .header(HttpHeaders.RETRY_AFTER, seconds).build()));
        }
    }
}
