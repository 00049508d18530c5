package accord.ldap.control;

import accord.organisation.entity.Role;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The directory's settings ({@code accord.ldap.*}), read at each use so that a changed value
 * counts without a redeployment. Empty while {@code accord.ldap.url} is not set: LDAP is off.
 *
 * @param url              {@code ldap://host:389} or {@code ldaps://host:636}
 * @param bindDn           the portal's service account, which searches the directory
 * @param userBase         where people and the departments' OU tree are ({@code ou=people,dc=example,dc=com})
 * @param userFilter       a person's entry by login ({0}): {@code (&(objectClass=inetOrgPerson)(uid={0}))}
 * @param loginAttribute   the attribute holding the login ({@code uid})
 * @param groupBase        where the groups are ({@code ou=groups,dc=example,dc=com})
 * @param groupRoles       group name (its cn) to portal role: {@code accord.ldap.group-roles=hr:HR,admins:ADMIN}
 * @param startTls         upgrade an {@code ldap://} connection with StartTLS
 * @param syncEvery        how often the scheduled synchronisation runs; zero: only by hand
 */
public record LdapSettings(String url, String bindDn, String bindPassword, String userBase, String userFilter,
        String loginAttribute, String groupBase, Map<String, Role> groupRoles, boolean startTls, Duration syncEvery) {

    public static Optional<LdapSettings> current() {
        Config config = ConfigProvider.getConfig();
        Optional<String> url = config.getOptionalValue("accord.ldap.url", String.class).filter(u -> !u.isBlank());
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String userBase = config.getOptionalValue("accord.ldap.user-base", String.class).orElse("");
        return Optional.of(new LdapSettings(url.get().strip(),
                config.getOptionalValue("accord.ldap.bind-dn", String.class).orElse(null),
                config.getOptionalValue("accord.ldap.bind-password", String.class).orElse(null),
                userBase,
                config.getOptionalValue("accord.ldap.user-filter", String.class).orElse("(&(objectClass=inetOrgPerson)(uid={0}))"),
                config.getOptionalValue("accord.ldap.login-attribute", String.class).orElse("uid"),
                config.getOptionalValue("accord.ldap.group-base", String.class).orElse(userBase),
                groupRoles(config.getOptionalValue("accord.ldap.group-roles", String.class).orElse("")),
                config.getOptionalValue("accord.ldap.start-tls", Boolean.class).orElse(false),
                Duration.ofMinutes(config.getOptionalValue("accord.ldap.sync-minutes", Integer.class).orElse(60))));
    }

    /** "hr:HR, admins:ADMIN" → {hr=HR, admins=ADMIN}; group names compared without case. */
    static Map<String, Role> groupRoles(String text) {
        Map<String, Role> roles = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] parts = pair.split(":");
            if (parts.length == 2 && !parts[0].isBlank()) {
                roles.put(parts[0].strip().toLowerCase(Locale.ROOT), Role.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)));
            }
        }
        return roles;
    }
}
