package accord.ldap.control;

import accord.organisation.control.DirectoryOwnedRoles;
import accord.organisation.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;

/** The roles {@code accord.ldap.group-roles} maps directory groups to; none while LDAP is off. */
@ApplicationScoped
public class GroupRoles implements DirectoryOwnedRoles {

    @Override
    public Set<Role> fromGroups() {
        return LdapSettings.current().map(s -> s.groupRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(s.groupRoles().values()))
                .orElse(EnumSet.noneOf(Role.class));
    }
}
