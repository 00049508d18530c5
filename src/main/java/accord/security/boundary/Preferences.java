package accord.security.boundary;

import accord.organisation.control.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Stores a person's own portal settings. */
@ApplicationScoped
public class Preferences {

    @Inject
    Directory directory;

    @Transactional
    public void chooseLanguage(String login, String languageTag) {
        directory.employee(login).ifPresent(employee -> employee.chooseLanguage(languageTag));
    }
}
