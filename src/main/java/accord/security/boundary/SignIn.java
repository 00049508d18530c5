package accord.security.boundary;

import accord.platform.control.Text;
import accord.security.control.SignInThrottle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The login page: signs a person in, or says why not. */
@Named
@RequestScoped
public class SignIn {

    @Inject
    @Param(name = "signedOut")
    String signedOut;

    /** Set at sign-in, so that a later visit to the login page can tell an expired session. */
    static final String SIGNED_IN_COOKIE = "accord_signed_in";

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInThrottle throttle;

    private String login;

    private String password;

    /** Runs when the login page opens: explains why the person is here. */
    public void explain() {
        if (Faces.isPostback()) {
            return;
        }
        if ("true".equals(signedOut)) {
            Messages.addGlobalInfo(Text.of("signin.signedOut"));
        } else if (Faces.getRequestCookie(SIGNED_IN_COOKIE) != null && Faces.getRemoteUser() == null) {
            Messages.addGlobalWarn(Text.of("signin.sessionExpired"));
            Faces.getResponse().addCookie(PortalCookies.of(SIGNED_IN_COOKIE, "", 0));
        }
    }

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();

        Duration wait = throttle.waitBeforeNextAttempt(login);
        if (!wait.isZero()) {
            refuse(Text.of("signin.wait", secondsToWait(wait)));
            return;
        }
        // A new session id at sign-in: an id planted before sign-in is worth nothing afterwards.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(login.trim().toLowerCase(), new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(PortalAuthentication.continueTo(request));
            return;
        }
        Duration nowWait = throttle.waitBeforeNextAttempt(login);
        refuse(nowWait.isZero() ? Text.of("signin.failed") : Text.of("signin.failedWait", secondsToWait(nowWait)));
    }

    /** Whole seconds, rounded up: "wait 5 seconds" must not be one second too short. */
    static long secondsToWait(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private void refuse(String message) {
        password = null;
        FacesContext.getCurrentInstance().addMessage("signin:password",
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    /**
     * Marks this browser as signed in, so that the login page can tell an expired session from a
     * first visit. Set on the first page after sign-in.
     */
    static void markSignedIn(HttpServletResponse response) {
        response.addCookie(PortalCookies.of(SIGNED_IN_COOKIE, "1", -1));
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
