package accord.security.control;

import accord.platform.control.Secrets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 password hashes (HMAC-SHA512, 210 000 iterations, 32-byte salt). The parameters are
 * written into each hash, so raising them later still verifies older hashes.
 */
@ApplicationScoped
public class Passwords {

    public static final int MINIMUM_LENGTH = 8;
    // No 0/O, 1/l/I: a temporary password is read out or copied by hand.
    private static final String READABLE = "abcdefghjkmnpqrstuvwxyz23456789";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(char[] password) {
        if (password == null || password.length < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("A password has at least " + MINIMUM_LENGTH + " characters");
        }
        return pbkdf2.generate(password);
    }

    /** A password for one sign-in (a reset, a new account): three groups of four readable characters, about 59 bits. */
    public static String temporary() {
        return Secrets.readableCode(READABLE, 12, 4);
    }

    public boolean matches(char[] password, String hash) {
        return password != null && hash != null && pbkdf2.verify(password, hash);
    }
}
