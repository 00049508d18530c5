package accord.inbox.boundary;

import accord.casefile.control.NewFile;
import java.util.List;
import org.primefaces.model.file.UploadedFiles;

/** Files chosen in a form's multiple file upload, as the boundaries take them. */
public final class Uploads {

    private Uploads() {
    }

    public static List<NewFile> newFiles(UploadedFiles files) {
        return files == null ? List.of()
                : files.getFiles().stream().map(file -> new NewFile(file.getFileName(), file.getContent())).toList();
    }
}
