package accord.security.boundary;

import accord.platform.boundary.OpenPaths;
import accord.platform.boundary.Unavailable;
import accord.platform.control.DatabaseAway;
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
import org.omnifaces.util.Servlets;

/**
 * The portal's sign-in: the login is kept in the session (a plain string, so it survives
 * replication to another cluster member) and the caller with their groups is established on every
 * request from the directory ({@link Callers}). The container's own "auto-apply session" is not
 * used: under load it sometimes lost the caller's groups (Payara issue 6145: 403 for people who
 * hold the role), and it loses roles when a session moves to another node (Payara issue 6342).
 * Anonymous requests for protected pages go to {@code /login.xhtml} and continue afterwards.
 * The REST API ({@code /api/}) takes no session and no sign-in page: an API token sent as
 * {@code Authorization: Bearer} makes the caller its owner for that request; without one the API
 * answers 401 itself.
 */
@DeclareRoles({"STAFF", "CUSTOMER_SERVICE", "DEPT_HEAD", "SALES_MANAGER", "SALES_DIRECTOR", "HR", "ADMIN"})
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute: the signed-in login. */
    static final String SIGNED_IN = "accord.signedIn";
    /** Session attribute: the stamp of the password the session signed in with ({@link Callers.Standing}). */
    static final String PASSWORD_STAMP = "accord.passwordStamp";
    /** Request attribute, set when the signed-in person must choose a new password first ({@link PasswordChangeGate}). */
    static final String MUST_CHANGE_PASSWORD = "accord.mustChangePassword";
    /** Session attribute: the page first asked for, to continue to after sign-in. */
    static final String CONTINUE_TO = "accord.continueTo";
    static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute: the id of the API token the request came with. */
    public static final String API_TOKEN = "accord.apiToken";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Callers callers;

    @Inject
    accord.security.control.ApiTokens apiTokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            return validate(request, response, context);
        } catch (RuntimeException failure) {
            // Every signed-in request reads the person's standing first: a database out of reach
            // shows here, before any page or filter, and is answered "try again", not 500.
            if (!DatabaseAway.isCause(failure)) {
                throw failure;
            }
            if (OpenPaths.isStatic(request)) {
                return context.doNothing(); // style sheets and scripts need no one signed in
            }
            Unavailable.answer(request, response, failure);
            return AuthenticationStatus.SEND_CONTINUE;
        }
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (accord.platform.boundary.OpenPaths.isApi(request)) {
            return apiCaller(request, context);
        }
        // A monitoring tool scraping /metrics shows an API token, as the API's callers do (MonitoringGate).
        if (accord.platform.boundary.OpenPaths.isMonitoring(request) && request.getHeader("Authorization") != null) {
            return apiCaller(request, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) { // SignIn, through SecurityContext.authenticate
            CredentialValidationResult result = identityStores.validate(credential);
            Optional<Callers.Standing> standing = result.getStatus() == CredentialValidationResult.Status.VALID
                    ? callers.standingOf(result.getCallerPrincipal().getName()) : Optional.empty();
            if (standing.isEmpty()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession session = request.getSession(true);
            session.setAttribute(SIGNED_IN, result.getCallerPrincipal().getName());
            session.setAttribute(PASSWORD_STAMP, standing.get().passwordStamp());
            return context.notifyContainerAboutLogin(result);
        }
        Optional<String> login = signedIn(request);
        if (login.isPresent()) {
            Optional<Callers.Standing> standing = callers.standingOf(login.get());
            // A session signed in with a password since changed or reset is over, as is one of a person deactivated since.
            if (standing.isPresent() && standing.get().passwordStamp().equals(request.getSession().getAttribute(PASSWORD_STAMP))) {
                if (standing.get().mustChangePassword()) {
                    request.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
                }
                return context.notifyContainerAboutLogin(login.get(), standing.get().groups());
            }
            request.getSession().removeAttribute(SIGNED_IN);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return toLoginPage(request, response);
    }

    private AuthenticationStatus apiCaller(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var token = apiTokens.use(header.substring(7).strip());
            Optional<Callers.Standing> standing = token.flatMap(t -> callers.standingOf(t.getOwner()));
            if (standing.isPresent()) {
                request.setAttribute(API_TOKEN, token.get().getId());
                return context.notifyContainerAboutLogin(token.get().getOwner(), standing.get().groups());
            }
        }
        return context.doNothing();
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

    /** After the person changed their own password, this session stays signed in (their others do not). */
    static void keepSignedIn(HttpServletRequest request, String passwordStamp) {
        request.getSession().setAttribute(PASSWORD_STAMP, passwordStamp);
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
