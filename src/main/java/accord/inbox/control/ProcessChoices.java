package accord.inbox.control;

import accord.casefile.control.StepNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.flowable.engine.RepositoryService;

/** The deployed processes a list can be narrowed to, named in the reader's language and sorted as they read. */
@ApplicationScoped
public class ProcessChoices {

    /** A process by its key, named for the reader. */
    public record ProcessChoice(String key, String name) {
    }

    @Inject
    RepositoryService repository;

    public List<ProcessChoice> all(Locale locale) {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(d -> new ProcessChoice(d.getKey(), StepNames.process(d.getKey(), d.getName() != null ? d.getName() : d.getKey())))
                .sorted(Comparator.comparing(ProcessChoice::name, Collator.getInstance(locale)))
                .toList();
    }
}
