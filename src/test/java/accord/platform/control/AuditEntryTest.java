package accord.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.platform.entity.AuditAction;
import accord.platform.entity.AuditEntry;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void anOversizedValueIsKeptAsFarAsItsColumnGoesAndSaysSo() {
        String typed = "x".repeat(300);
        AuditEntry entry = new AuditEntry(Instant.EPOCH, typed, AuditAction.SIGN_IN_FAILED, typed, "wrong password", null);
        assertEquals(AuditEntry.ACTOR_LENGTH, entry.getActor().length());
        assertTrue(entry.getActor().endsWith("…"), entry.getActor());
        assertEquals(AuditEntry.SUBJECT_LENGTH, entry.getSubject().length());
        assertEquals("wrong password", entry.getDetail(), "what fits is kept as it is");
        assertEquals(Instant.EPOCH, entry.getAt());
    }
}
