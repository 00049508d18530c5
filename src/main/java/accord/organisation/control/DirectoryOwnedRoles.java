package accord.organisation.control;

import accord.organisation.entity.Role;
import java.util.Set;

/**
 * The roles the company's directory gives through its groups: for the people it keeps they follow
 * the groups and are not granted or revoked in the portal. The LDAP component implements it.
 */
public interface DirectoryOwnedRoles {

    Set<Role> fromGroups();
}
