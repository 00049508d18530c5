package accord.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.setup.control.SetupTokens;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetupTokensTest {

    @Test
    void aTokenIsFiveGroupsOfUnambiguousCharactersAndNeverRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = SetupTokens.newToken();
            assertTrue(token.matches("([A-HJ-KMNP-Z2-9]{4}-){4}[A-HJ-KMNP-Z2-9]{4}"), token);
            assertTrue(seen.add(token));
        }
    }

    @Test
    void theHashIgnoresCaseSpacesAndDashesButNotTheCharacters() {
        String token = "ABCD-EFGH-JKMN-PQRS-TUVW";
        assertEquals(SetupTokens.hashOf(token), SetupTokens.hashOf(" abcd efgh-jkmn pqrs tuvw "));
        assertEquals(SetupTokens.hashOf(token), SetupTokens.hashOf("ABCDEFGHJKMNPQRSTUVW"));
        assertNotEquals(SetupTokens.hashOf(token), SetupTokens.hashOf("ABCD-EFGH-JKMN-PQRS-TUVX"));
        assertEquals(64, SetupTokens.hashOf(token).length());
    }
}
