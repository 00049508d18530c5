package accord.setup.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One-time setup tokens: five groups of four characters an operator copies from the log (about
 * 99 bits, so a hash without salt is enough), compared as their SHA-256 so the database never
 * holds a usable token.
 */
public final class SetupTokens {

    // No 0/O, 1/I/L: copied by hand from a log.
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SetupTokens() {
    }

    public static String newToken() {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 4 == 0) {
                token.append('-');
            }
            token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }

    /** The hash of a token as typed: spaces and the case of letters do not matter, the dashes are optional. */
    public static String hashOf(String typed) {
        String normalised = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
