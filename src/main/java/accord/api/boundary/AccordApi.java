package accord.api.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API at {@code /api}, described at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Accord API", version = "1",
        description = "Files customer complaints from other systems, reads them, and works the task inbox, with the same rules"
                + " as the portal's pages. Every call needs an API token (My settings → API tokens, or ADMIN for a service"
                + " account) as `Authorization: Bearer acc_…`; it acts as its owner. Errors are RFC 9457 problems"
                + " (`application/problem+json`); `Accept-Language: zh-CN` answers their details in Chinese."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An Accord API token: `acc_` and 43 characters")
public class AccordApi extends Application {
}
