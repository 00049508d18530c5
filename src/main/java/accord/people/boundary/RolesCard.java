package accord.people.boundary;

import accord.organisation.boundary.Roles;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.control.DirectoryOwnedRoles;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;

/**
 * A person's roles and their history, for everyone who may see the person; for ADMIN the forms
 * that grant and revoke a role with a reason (not the roles the company directory's groups give
 * the people it keeps).
 */
@Named
@ViewScoped
public class RolesCard extends PersonCard {

    private static final long serialVersionUID = 1L;

    /** One line of the role history. */
    public record Line(String when, String role, boolean granted, String by, String reason) implements Serializable {
    }

    @Inject
    Roles roles;

    @Inject
    Directory directory;

    @Inject
    Instance<DirectoryOwnedRoles> ownedRoles;

    private String login;
    private boolean managed;
    private List<Role> held = List.of();
    private Set<Role> fromGroups = Set.of();
    private List<Line> history = List.of();
    private Role grantRole;
    private String grantReason;
    private Role revokeRole;
    private String revokeReason;

    @Override
    protected void read(Employee person, Actor actor) {
        login = person.login();
        managed = actor.admin() && person.isActive();
        held = person.roles().stream().sorted().toList();
        fromGroups = person.isKeptByDirectory()
                ? ownedRoles.stream().flatMap(owned -> owned.fromGroups().stream()).collect(Collectors.toSet()) : Set.of();
        history = roles.historyOf(login).stream().map(c -> new Line(me.dateTime(c.changedAt()), c.role().name(), c.granted(),
                by(c.changedBy()), c.reason().startsWith("roles.reason.") ? Text.of(c.reason()) : c.reason())).toList();
    }

    /** A person's name; the directory's synchronisation in the reader's words. */
    private String by(String changedBy) {
        return "directory".equals(changedBy) ? Text.of("roles.by.directory") : directory.displayName(changedBy);
    }

    public String grant() {
        return change("grant-form", () -> roles.grant(me.actor(), login, new Roles.Change(grantRole, grantReason)),
                "roles.granted", grantRole);
    }

    public String revoke() {
        return change("revoke-form", () -> roles.revoke(me.actor(), login, new Roles.Change(revokeRole, revokeReason)),
                "roles.revoked", revokeRole);
    }

    private String change(String formId, Runnable action, String doneKey, Role role) {
        try {
            action.run();
            Messages.addFlashGlobalInfo(Text.of(doneKey, Text.of("role." + role.name())));
            return "/people/view?faces-redirect=true&login=" + login;
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside(formId, refused);
            return null;
        }
    }

    /** May this reader change the person's roles now (ADMIN, the person still active)? */
    public boolean isManaged() {
        return managed;
    }

    /** The roles the person does not hold yet and the portal gives. */
    public List<Role> getGrantable() {
        return Arrays.stream(Role.values()).filter(r -> !held.contains(r) && !fromGroups.contains(r)).toList();
    }

    /** The roles the person holds that the portal gave, but STAFF, which every active person keeps. */
    public List<Role> getRevocable() {
        return held.stream().filter(r -> r != Role.STAFF && !fromGroups.contains(r)).toList();
    }

    public List<Role> getHeld() { return held; }
    public List<Line> getHistory() { return history; }
    public Role getGrantRole() { return grantRole; }
    public void setGrantRole(Role grantRole) { this.grantRole = grantRole; }
    public String getGrantReason() { return grantReason; }
    public void setGrantReason(String grantReason) { this.grantReason = grantReason; }
    public Role getRevokeRole() { return revokeRole; }
    public void setRevokeRole(Role revokeRole) { this.revokeRole = revokeRole; }
    public String getRevokeReason() { return revokeReason; }
    public void setRevokeReason(String revokeReason) { this.revokeReason = revokeReason; }
}
