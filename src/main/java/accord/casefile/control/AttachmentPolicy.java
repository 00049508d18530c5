package accord.casefile.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What may be attached to a case: images, PDF and Office files up to 10 MB, recognised by their
 * name and by their first bytes (a renamed program is refused). The content type comes from here,
 * never from the browser.
 */
public final class AttachmentPolicy {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final String ACCEPTED = ".pdf,.png,.jpg,.jpeg,.gif,.doc,.xls,.ppt,.docx,.xlsx,.pptx";

    private record Kind(String contentType, byte[] magic) {
    }

    private static final byte[] OOXML = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("pdf", new Kind("application/pdf", new byte[] {'%', 'P', 'D', 'F'})),
            Map.entry("png", new Kind("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})),
            Map.entry("jpg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("jpeg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("gif", new Kind("image/gif", new byte[] {'G', 'I', 'F', '8'})),
            Map.entry("doc", new Kind("application/msword", OLE)),
            Map.entry("xls", new Kind("application/vnd.ms-excel", OLE)),
            Map.entry("ppt", new Kind("application/vnd.ms-powerpoint", OLE)),
            Map.entry("docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", OOXML)),
            Map.entry("xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", OOXML)),
            Map.entry("pptx", new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", OOXML)));

    private AttachmentPolicy() {
    }

    /** The content type to store, or why the file is refused (a message key). */
    public static Optional<String> contentType(String fileName, byte[] content) {
        Kind kind = KINDS.get(extension(fileName));
        if (kind == null || content.length < kind.magic().length) {
            return Optional.empty();
        }
        return Arrays.equals(Arrays.copyOf(content, kind.magic().length), kind.magic())
                ? Optional.of(kind.contentType()) : Optional.empty();
    }

    /**
     * The file's own name without any path, control or quoting characters, at most 100 characters;
     * invisible characters (bidirectional overrides that show "fdp.exe" as "exe.pdf", zero widths,
     * line separators) are taken out.
     */
    public static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/').replaceAll("[\\p{Cf}\\p{Zl}\\p{Zp}]", "");
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.length() > 100) {
            String extension = extension(name);
            name = name.substring(0, 99 - extension.length()) + "." + extension;
        }
        return name.isEmpty() ? "attachment" : name;
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
