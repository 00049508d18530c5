package accord.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** Ends the session and returns to the login page. */
@Named
@RequestScoped
public class SignOut {

    public void submit() throws IOException, ServletException {
        Faces.removeResponseCookie(SignIn.SIGNED_IN_COOKIE, "/");
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect("login.xhtml?signedOut=true");
    }
}
