package accord.security.control;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be (NIST SP 800-63B): long enough, not absurdly long, not one that
 * breaches have made common (the 30 000 most frequent of leaked password lists, as the zxcvbn
 * library ships them), not the person's login and not the demo's shared password. No rules on
 * character classes: they make passwords harder to remember, not to guess.
 */
public final class PasswordRules {

    public static final int MINIMUM_LENGTH = Passwords.MINIMUM_LENGTH;
    public static final int MAXIMUM_LENGTH = 200;
    /** The demo's shared password, printed in the README: never anyone's own. */
    public static final String DEMO_PASSWORD = "accord-demo";

    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** The bundle key of the first rule the password breaks, or empty when it may be used. */
    public static Optional<String> broken(String password, String login) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Optional.of("password.refused.short");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("password.refused.long");
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (folded.equals(DEMO_PASSWORD)) {
            return Optional.of("password.refused.demo");
        }
        if (login != null && folded.contains(login.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.refused.login");
        }
        if (COMMON.contains(folded)) {
            return Optional.of("password.refused.common");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try {
            return Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing from the zxcvbn jar", e);
        }
    }
}
