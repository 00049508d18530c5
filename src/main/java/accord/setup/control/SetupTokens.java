package accord.setup.control;

import accord.platform.control.Secrets;
import java.util.Locale;

/**
 * One-time setup tokens: five groups of four characters an operator copies from the log (about
 * 99 bits, so a hash without salt is enough), compared as their SHA-256 so the database never
 * holds a usable token.
 */
public final class SetupTokens {

    // No 0/O, 1/I/L: copied by hand from a log.
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private SetupTokens() {
    }

    public static String newToken() {
        return Secrets.readableCode(ALPHABET, 20, 4);
    }

    /** The hash of a token as typed: spaces and the case of letters do not matter, the dashes are optional. */
    public static String hashOf(String typed) {
        return Secrets.sha256Hex(typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
    }
}
