package accord.casefile.control;

import java.util.List;
import java.util.Optional;

/** A file someone uploaded with a form, as it came, before it is checked and put on a case. */
public record NewFile(String name, byte[] content) {

    /** What is wrong with a form's files: too many, or this one file; empty when all may go on the case. */
    public sealed interface Problem permits TooMany, Refused {
    }

    public record TooMany(int max) implements Problem {
    }

    public record Refused(String name) implements Problem {
    }

    /** The files that were really chosen (a form's empty file inputs left out). */
    public static List<NewFile> present(List<NewFile> files) {
        return files.stream().filter(f -> f.content() != null && f.content().length > 0).toList();
    }

    /** The first problem of these files under AttachmentPolicy, with at most {@code max} of them. */
    public static Optional<Problem> problem(List<NewFile> files, int max) {
        List<NewFile> present = present(files);
        if (present.size() > max) {
            return Optional.of(new TooMany(max));
        }
        return present.stream()
                .filter(file -> file.content().length > AttachmentPolicy.MAX_BYTES
                        || AttachmentPolicy.contentType(AttachmentPolicy.cleanName(file.name()), file.content()).isEmpty())
                .<Problem>map(file -> new Refused(file.name())).findFirst();
    }
}
