package accord.ldap.control;

import accord.platform.control.LogText;
import accord.security.control.DirectoryPasswords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/** Sign-in of the people the directory keeps: their password is checked by binding to LDAP as them. */
@ApplicationScoped
public class LdapPasswords implements DirectoryPasswords {

    private static final Logger LOG = Logger.getLogger(LdapPasswords.class.getName());

    @Inject
    LdapDirectory directory;

    @Override
    public Check check(String login, char[] password) {
        Optional<LdapSettings> settings = LdapSettings.current();
        if (settings.isEmpty()) {
            return Check.UNAVAILABLE;
        }
        try {
            return directory.authenticate(settings.get(), login, password) ? Check.MATCHES : Check.WRONG;
        } catch (LdapDirectory.Unavailable e) {
            LOG.warning(() -> "Sign-in of " + LogText.of(login) + " not checked: " + e.getMessage());
            return Check.UNAVAILABLE;
        }
    }
}
