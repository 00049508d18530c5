package accord.workflow.control;

import accord.organisation.control.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.flowable.engine.CandidateManager;

/**
 * Answers the engine's "which groups is this user in" from the organisation directory: the
 * person's department code and role names. Task queries by candidate user go through here.
 */
@ApplicationScoped
public class DirectoryCandidateGroups implements CandidateManager {

    @Inject
    Directory directory;

    @Override
    public List<String> getGroupsForCandidateUser(String login) {
        return directory.candidateGroupsOf(login);
    }
}
