package accord.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.casefile.control.AttachmentPolicy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    @Test
    void acceptsFilesWhoseContentMatchesTheirName() {
        assertEquals(Optional.of("application/pdf"), AttachmentPolicy.contentType("报价单.PDF", "%PDF-1.7 …".getBytes()));
        assertEquals(Optional.of("image/png"), AttachmentPolicy.contentType("photo.png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}));
        assertTrue(AttachmentPolicy.contentType("plan.xlsx", new byte[] {'P', 'K', 3, 4, 0}).isPresent());
    }

    @Test
    void refusesOtherTypesAndDisguisedFiles() {
        assertEquals(Optional.empty(), AttachmentPolicy.contentType("setup.exe", "MZ".getBytes()));
        assertEquals(Optional.empty(), AttachmentPolicy.contentType("invoice.pdf", "MZ\u0090\u0000 program".getBytes()),
                "a program renamed to .pdf");
        assertEquals(Optional.empty(), AttachmentPolicy.contentType("page.html", "<html>".getBytes()));
        assertEquals(Optional.empty(), AttachmentPolicy.contentType("noextension", "%PDF".getBytes()));
    }

    @Test
    void namesLoseTheirPathAndDangerousCharacters() {
        assertEquals("report.pdf", AttachmentPolicy.cleanName("C:\\Users\\wang\\report.pdf"));
        assertEquals("evil.pdf", AttachmentPolicy.cleanName("../../etc/evil.pdf"));
        assertEquals("a_b_.pdf", AttachmentPolicy.cleanName("a\"b<.pdf"));
        // Right-to-left override: shown as "invoiceexe.pdf", really an .exe; zero-width and line separators go too.
        assertEquals("invoicefdp.exe", AttachmentPolicy.cleanName("invoice\u202Efdp.exe"));
        assertEquals("report.pdf", AttachmentPolicy.cleanName("re\u200Bport\u2028.pdf"));
        assertEquals("attachment", AttachmentPolicy.cleanName("  "));
        assertEquals(100, AttachmentPolicy.cleanName("x".repeat(300) + ".docx").length());
    }
}
