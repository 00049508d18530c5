package accord.ldap.boundary;

import accord.ldap.control.LdapDirectory;
import accord.ldap.control.LdapSettings;
import accord.ldap.entity.SyncState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says on the health page whether the company's directory answers and how the last
 * synchronisation went. Always UP: while the directory is down the portal stays usable (people
 * with a session, local accounts), so a node must not leave the load balancer for it.
 */
@Readiness
@ApplicationScoped
public class DirectoryHealth implements HealthCheck {

    @Inject
    LdapDirectory ldap;

    @Inject
    SyncRun run;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("directory").up();
        Optional<LdapSettings> settings = LdapSettings.current();
        if (settings.isEmpty()) {
            return response.withData("ldap", "off").build();
        }
        response.withData("ldap", settings.get().url()).withData("reachable", ldap.reachable(settings.get()));
        Optional<SyncState> last = run.last().filter(state -> state.finishedAt() != null);
        last.ifPresent(state -> response.withData("lastSync", state.finishedAt().toString()).withData("lastOutcome", state.outcome()));
        return response.build();
    }
}
