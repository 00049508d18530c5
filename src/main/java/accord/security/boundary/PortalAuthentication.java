package accord.security.boundary;

import accord.security.control.Callers;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import org.omnifaces.util.Servlets;

/**
 * The portal's sign-in: the login is kept in the session (a plain string, so it survives
 * replication to another cluster member) and the caller with their groups is established on every
 * request from the directory ({@link Callers}). The container's own "auto-apply session" is not
 * used: under load it sometimes lost the caller's groups (Payara issue 6145: 403 for people who
 * hold the role), and it loses roles when a session moves to another node (Payara issue 6342).
 * Anonymous requests for protected pages go to {@code /login.xhtml} and continue afterwards.
 */
@DeclareRoles({"STAFF", "CUSTOMER_SERVICE", "DEPT_HEAD", "SALES_MANAGER", "SALES_DIRECTOR", "HR", "ADMIN"})
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute: the signed-in login. */
    static final String SIGNED_IN = "accord.signedIn";
    /** Session attribute: the page first asked for, to continue to after sign-in. */
    static final String CONTINUE_TO = "accord.continueTo";
    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Callers callers;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) { // SignIn, through SecurityContext.authenticate
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true).setAttribute(SIGNED_IN, result.getCallerPrincipal().getName());
            return context.notifyContainerAboutLogin(result);
        }
        Optional<String> login = signedIn(request);
        if (login.isPresent()) {
            Optional<Set<String>> groups = callers.groupsOf(login.get());
            if (groups.isPresent()) {
                return context.notifyContainerAboutLogin(login.get(), groups.get());
            }
            request.getSession().removeAttribute(SIGNED_IN); // deactivated since: signed out at once
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return toLoginPage(request, response);
    }

    private static Optional<String> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session == null ? null : (String) session.getAttribute(SIGNED_IN));
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response) {
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            String asked = request.getRequestURI() + (query == null ? "" : "?" + query);
            request.getSession(true).setAttribute(CONTINUE_TO, asked);
        }
        // A plain redirect, or for an Ajax request (a session that expired with the page open) the Faces one.
        Servlets.facesRedirect(request, response, request.getContextPath() + LOGIN_PAGE);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Where a person goes after signing in: the page they first asked for (once), else home. */
    static String continueTo(HttpServletRequest request) {
        HttpSession session = request.getSession();
        Object asked = session.getAttribute(CONTINUE_TO);
        session.removeAttribute(CONTINUE_TO);
        String home = request.getContextPath() + "/";
        // Only a path of this application: never a redirect to another site.
        return asked instanceof String path && path.startsWith(home) && !path.startsWith("//") ? path : home;
    }
}
