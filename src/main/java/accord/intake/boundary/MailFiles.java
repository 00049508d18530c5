package accord.intake.boundary;

import accord.casefile.control.NewFile;
import java.util.ArrayList;
import java.util.List;

/** A mail's files under the intake page's file rules: those that may go on a case, and the names of those that may not. */
record MailFiles(List<NewFile> taken, List<String> refused) {

    static MailFiles acceptable(List<NewFile> files) {
        List<NewFile> taken = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (NewFile file : NewFile.present(files)) {
            if (NewFile.problem(List.of(file), 1).isPresent()) {
                refused.add(file.name());
            } else {
                taken.add(file);
            }
        }
        return new MailFiles(taken, refused);
    }
}
