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
        if (actor == null || !actor.login().equals(login)) {
            actor = directory.actor(login);
        }
        return actor;
    }
}
