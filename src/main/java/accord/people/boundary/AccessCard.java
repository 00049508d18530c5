package accord.people.boundary;

import accord.organisation.boundary.Roles;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.security.boundary.Accounts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A person's roles and their history, for everyone who may see the person; for ADMIN also the
 * forms that grant and revoke a role (with a reason) and reset the password.
 */
@Named
@ViewScoped
public class AccessCard extends PersonCard {

    private static final long serialVersionUID = 1L;
    private static final String TEMPORARY_PASSWORD = "accord.temporaryPassword";

    /** One line of the role history. */
    public record Line(String when, String role, boolean granted, String by, String reason) implements Serializable {
    }

    @Inject
    Roles roles;

    @Inject
    Accounts accounts;

    @Inject
    Directory directory;

    @Inject
    jakarta.enterprise.inject.Instance<accord.organisation.control.DirectoryOwnedRoles> ownedRoles;

    private String login;
    private boolean admin;
    private boolean active;
    private List<Role> held = List.of();
    private List<Line> history = List.of();
    private boolean own;
    private boolean keptByDirectory;
    private java.util.Set<Role> fromGroups = java.util.Set.of();
    private Role grantRole;
    private String grantReason;
    private Role revokeRole;
    private String revokeReason;
    private String temporaryPassword;
    private String deactivated;

    @Override
    protected void read(Employee person, Actor actor) {
        login = person.login();
        admin = actor.admin();
        active = person.isActive();
        own = actor.login().equals(login);
        keptByDirectory = person.isKeptByDirectory();
        fromGroups = keptByDirectory ? ownedRoles.stream().flatMap(o -> o.fromGroups().stream()).collect(java.util.stream.Collectors.toSet())
                : java.util.Set.of();
        deactivated = person.isActive() ? null
                : (person.deactivatedAt() == null ? "—" : me.dateTime(person.deactivatedAt()) + " · " + person.deactivatedBy());
        temporaryPassword = (String) Faces.getFlash().get(TEMPORARY_PASSWORD);
        held = person.roles().stream().sorted().toList();
        history = roles.historyOf(login).stream().map(c -> new Line(me.dateTime(c.changedAt()), c.role().name(),
                c.granted(), by(c.changedBy()), c.reason().startsWith("roles.reason.") ? Text.of(c.reason()) : c.reason())).toList();
    }

    /** A person's name; the directory's synchronisation in the reader's words. */
    private String by(String login) {
        return "directory".equals(login) ? Text.of("roles.by.directory") : directory.displayName(login);
    }

    public String grant() {
        return change("grant-form", () -> roles.grant(me.actor(), login, new Roles.Change(grantRole, grantReason)),
                "roles.granted", grantRole);
    }

    public String revoke() {
        return change("revoke-form", () -> roles.revoke(me.actor(), login, new Roles.Change(revokeRole, revokeReason)),
                "roles.revoked", revokeRole);
    }

    /**
     * The temporary password goes to the page after the redirect through the flash (this browser's
     * next request only): shown once, never stored in readable form, and a reload does not reset again.
     */
    public String resetPassword() {
        try {
            Faces.getFlash().put(TEMPORARY_PASSWORD, accounts.reset(me.actor(), login));
            return "/people/view?faces-redirect=true&login=" + login;
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside("password-reset", refused);
            return null;
        }
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
        return admin && active;
    }

    /** An ADMIN resets someone else's password (their own they change on My settings); the directory keeps its people's. */
    public boolean isResettable() {
        return isManaged() && !own && !keptByDirectory;
    }

    /** Someone else, whom ADMIN may deactivate. */
    public boolean isDeparting() {
        return isManaged() && !own;
    }

    /** The roles the person does not hold yet. */
    public List<Role> getGrantable() {
        return Arrays.stream(Role.values()).filter(r -> !held.contains(r) && !fromGroups.contains(r)).toList();
    }

    /** The roles the person holds, but STAFF, which every active person keeps. */
    public List<Role> getRevocable() {
        return held.stream().filter(r -> r != Role.STAFF && !fromGroups.contains(r)).toList();
    }

    public String getLogin() {
        return login;
    }

    /** When and by whom the person was deactivated; null while active. */
    public String getDeactivated() {
        return deactivated;
    }

    public List<Role> getHeld() {
        return held;
    }

    public List<Line> getHistory() {
        return history;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public Role getGrantRole() {
        return grantRole;
    }

    public void setGrantRole(Role grantRole) {
        this.grantRole = grantRole;
    }

    public String getGrantReason() {
        return grantReason;
    }

    public void setGrantReason(String grantReason) {
        this.grantReason = grantReason;
    }

    public Role getRevokeRole() {
        return revokeRole;
    }

    public void setRevokeRole(Role revokeRole) {
        this.revokeRole = revokeRole;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }
}
