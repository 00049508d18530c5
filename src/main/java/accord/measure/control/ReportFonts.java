package accord.measure.control;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The fonts the PDF reports are written in: one face with Chinese glyphs, since names of customers
 * and people are Chinese in either language. Embedded as a subset (a report stays a few hundred KB).
 * The server's own font files are used, the configured one ({@code accord.report.font}, a .ttf/.otf
 * or a .ttc) first, then the Noto Sans CJK that Debian's fonts-noto-cjk installs.
 */
public final class ReportFonts {

    /** A regular and a bold face; the bold one is the regular one where no bold is installed. */
    public record Faces(BaseFont regular, BaseFont bold) {
    }

    private static final List<String[]> KNOWN = List.of(
            new String[] {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"},
            new String[] {"/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc", "/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Bold.ttc"},
            new String[] {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", null},
            new String[] {"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", null});

    private static volatile Faces found;

    private ReportFonts() {
    }

    /** The faces, or empty when the server has no font with Chinese glyphs (docs/operations.md says which to install). */
    public static Optional<Faces> faces() {
        if (found == null) {
            synchronized (ReportFonts.class) {
                if (found == null) {
                    found = load().orElse(null);
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<Faces> load() {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue("accord.report.font", String.class);
        if (configured.isPresent()) {
            return face(configured.get()).map(f -> new Faces(f, f));
        }
        for (String[] files : KNOWN) {
            Optional<BaseFont> regular = face(files[0]);
            if (regular.isPresent()) {
                BaseFont bold = files[1] == null ? null : face(files[1]).orElse(null);
                return Optional.of(new Faces(regular.get(), bold == null ? regular.get() : bold));
            }
        }
        return Optional.empty();
    }

    /** A font file as an embedded Unicode font; of a collection, its Simplified Chinese face (else its first). */
    private static Optional<BaseFont> face(String file) {
        if (!Files.isReadable(Path.of(file))) {
            return Optional.empty();
        }
        try {
            String name = file;
            if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                String[] faces = BaseFont.enumerateTTCNames(file);
                int chosen = 0;
                for (int i = 0; i < faces.length; i++) {
                    if (faces[i].toLowerCase(java.util.Locale.ROOT).contains("sc-") && !faces[i].contains("Mono")) {
                        chosen = i;
                        break;
                    }
                }
                name = file + "," + chosen;
            }
            return Optional.of(BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
