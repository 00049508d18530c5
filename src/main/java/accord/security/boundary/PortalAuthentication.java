package accord.security.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Every page but the login page needs a signed-in person (see web.xml); unauthenticated requests
 * are redirected to the portal's own login page and continue where they were going afterwards.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"STAFF", "CUSTOMER_SERVICE", "DEPT_HEAD", "SALES_MANAGER", "SALES_DIRECTOR", "HR", "ADMIN"})
@ApplicationScoped
public class PortalAuthentication {
    // Annotations only. PortalAuthenticationTest keeps @DeclareRoles equal to the Role enum.
}
