package accord.setup.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At every start while the database has no administrator (after the demo data, which brings its
 * own), prints a one-time setup token in the server log: only someone who can read the log of
 * the server can create the first administrator. A scripted installation may choose the token
 * instead ({@code accord.setup.token}, at least 20 characters), which is then not printed.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "DemoData"})
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    static final int SHORTEST_CHOSEN_TOKEN = 20;

    @Inject
    Setup setup;

    @Inject
    @ConfigProperty(name = "accord.setup.token")
    Optional<String> chosenToken;

    @PostConstruct
    void printSetupToken() {
        if (!setup.isPending()) {
            return;
        }
        Optional<String> chosen = chosenToken.map(String::strip).filter(token -> !token.isEmpty());
        if (chosen.isPresent() && chosen.get().length() >= SHORTEST_CHOSEN_TOKEN) {
            setup.issueToken(chosen.get());
            LOG.warning(() -> "Accord has no administrator yet. Open /setup.xhtml and enter the setup token set in "
                    + "accord.setup.token (valid for " + setup.tokenValidity().toHours() + " hours).");
            return;
        }
        if (chosen.isPresent()) {
            LOG.severe(() -> "accord.setup.token is shorter than " + SHORTEST_CHOSEN_TOKEN + " characters: ignored");
        }
        String token = setup.issueToken();
        LOG.warning(() -> """

                ================================================================================
                 Accord has no administrator yet. Open /setup.xhtml in a browser and enter
                 this one-time setup token (valid for %d hours; a restart prints a new one):

                     %s
                ================================================================================
                """.formatted(setup.tokenValidity().toHours(), token));
    }
}
