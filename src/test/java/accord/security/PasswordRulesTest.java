package accord.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import accord.security.control.PasswordRules;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private static Optional<String> broken(String password) {
        return PasswordRules.broken(password, "wang.fang");
    }

    @Test
    void aLongUncommonPhraseIsAccepted() {
        assertEquals(Optional.empty(), broken("青禾 orchard lantern 42"));
        assertEquals(Optional.empty(), broken("x".repeat(PasswordRules.MAXIMUM_LENGTH - 1) + "y"));
    }

    @Test
    void lengthIsCountedInCharactersNotBytesOrUnits() {
        assertEquals(Optional.of("password.refused.short"), broken("1234567"));
        // Seven characters of which one is outside the basic plane (two UTF-16 units): still too short.
        assertEquals(Optional.of("password.refused.short"), broken("ab𠀀cdef"));
        assertEquals(Optional.of("password.refused.short"), broken(null));
        assertEquals(Optional.of("password.refused.long"), broken("x".repeat(PasswordRules.MAXIMUM_LENGTH + 1)));
    }

    @Test
    void breachedCommonPasswordsAreRefusedWhateverTheirCase() {
        assertEquals(Optional.of("password.refused.common"), broken("password1"));
        assertEquals(Optional.of("password.refused.common"), broken("QwertyUIOP"));
        assertEquals(Optional.of("password.refused.common"), broken("12345678"));
    }

    @Test
    void theDemoPasswordAndTheLoginAreRefused() {
        assertEquals(Optional.of("password.refused.demo"), broken("Accord-Demo"));
        assertEquals(Optional.of("password.refused.login"), broken("Wang.Fang-2026!"));
    }
}
