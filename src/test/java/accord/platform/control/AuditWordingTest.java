package accord.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AuditWordingTest {

    private static String read(Locale reader, String stored) {
        return Text.in(reader, () -> AuditWording.read(stored));
    }

    @Test
    void wordsAreSaidInTheReadersLanguageWithWhatWasStoredAsIs() {
        String stored = AuditWording.of("audit.act.task.reassignTo", "4711", "ma.lin").stored();
        assertEquals("reassign task 4711 to ma.lin", read(Locale.ENGLISH, stored));
        assertEquals("将任务 4711 改派给 ma.lin", read(Locale.SIMPLIFIED_CHINESE, stored));
    }

    @Test
    void anArgumentThatIsAKeyIsSaidToo() {
        String stored = AuditWording.of("audit.said.because", AuditWording.key("role.HR"), "covers in December").stored();
        assertEquals("HR: covers in December", read(Locale.ENGLISH, stored));
        assertEquals(Text.in(Locale.SIMPLIFIED_CHINESE, () -> Text.of("role.HR")) + "：covers in December",
                read(Locale.SIMPLIFIED_CHINESE, stored));
    }

    @Test
    void aReasonWhoseFiguresWereNotKeptReadsWithoutPlaceholders() {
        assertEquals("This task was already claimed by.", read(Locale.ENGLISH, AuditWording.of("task.refused.claimedBy").stored()));
        assertEquals("A comment has at most 4000 characters.",
                read(Locale.ENGLISH, AuditWording.of("task.refused.commentTooLong", "4000").stored()));
    }

    @Test
    void textWithoutTheMarkIsShownAsItIsAndTypedSeparatorsCannotForgeArguments() {
        assertEquals("wrong password", read(Locale.ENGLISH, "wrong password"));
        assertEquals(null, read(Locale.ENGLISH, null));
        String stored = AuditWording.of("audit.act.seePerson", "x\u001Fy").stored();
        assertEquals("see the record of x y", read(Locale.ENGLISH, stored));
    }

    @Test
    void anUnknownKeyIsShownWithItsArgumentsNotLost() {
        assertEquals("audit.act.gone 1 2", read(Locale.ENGLISH, AuditWording.of("audit.act.gone", 1, 2).stored()));
    }
}
