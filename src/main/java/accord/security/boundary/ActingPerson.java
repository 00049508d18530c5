package accord.security.boundary;

import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The signed-in person as a workflow actor, read from the directory once per request: fresh on
 * every click (a changed role counts at once), shared by everything that renders one page.
 */
@RequestScoped
public class ActingPerson {

    @Inject
    Directory directory;

    private Actor actor;

    Actor of(String login) {
        // Someone signed out (an error page shows the menu to them too) is an actor without a login.
        if (actor == null || !java.util.Objects.equals(actor.login(), login)) {
            actor = directory.actor(login);
        }
        return actor;
    }
}
