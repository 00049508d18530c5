package accord.people.boundary;

import accord.organisation.control.Actor;
import accord.organisation.entity.Employee;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.security.boundary.Accounts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * A person's account on their page: for ADMIN the links to edit the record and to deactivate the
 * person, and the password reset; for everyone who may see them, when and by whom they were
 * deactivated.
 */
@Named
@ViewScoped
public class AccountCard extends PersonCard {

    private static final long serialVersionUID = 1L;
    private static final String TEMPORARY_PASSWORD = "accord.temporaryPassword";

    @Inject
    Accounts accounts;

    private String login;
    private boolean managed;
    private boolean own;
    private boolean keptByDirectory;
    private String temporaryPassword;
    private String deactivated;

    @Override
    protected void read(Employee person, Actor actor) {
        login = person.login();
        managed = actor.admin() && person.isActive();
        own = actor.login().equals(login);
        keptByDirectory = person.isKeptByDirectory();
        deactivated = person.isActive() ? null
                : (person.deactivatedAt() == null ? "—" : me.dateTime(person.deactivatedAt()) + " · " + person.deactivatedBy());
        temporaryPassword = (String) Faces.getFlash().get(TEMPORARY_PASSWORD);
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

    /** ADMIN keeps an active person's record. */
    public boolean isManaged() {
        return managed;
    }

    /** An ADMIN resets someone else's password (their own they change on My settings); the directory keeps its people's. */
    public boolean isResettable() {
        return managed && !own && !keptByDirectory;
    }

    /** Someone else, whom ADMIN may deactivate. */
    public boolean isDeparting() {
        return managed && !own;
    }

    public String getLogin() { return login; }
    public String getTemporaryPassword() { return temporaryPassword; }
    /** When and by whom the person was deactivated; null while active. */
    public String getDeactivated() { return deactivated; }
}
