package accord.inbox.boundary;

import accord.inbox.control.TaskLookup;
import accord.organisation.control.Actor;
import accord.security.boundary.CurrentPerson;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.omnifaces.cdi.Param;

/**
 * What every case page (a complaint's, a handoff's, a review's, a nomination's) does with the
 * number it opens from: the case found by the workflow's own rule of who may see it, its facts read
 * by the page, and its story (open steps, timeline, files) for {@code case-story.xhtml}; a case the
 * person may not see is logged and said not to be there.
 */
public abstract class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "number")
    protected String number;

    @Inject
    protected CurrentPerson me;

    @Inject
    protected TaskLookup lookup;

    @Inject
    CaseStory stories;

    private CaseStory.Story story;

    /**
     * @param visible the case with this page's number, when this person may see it
     * @param caseId its process instance (null before its case started)
     * @param read fills the page's facts from it
     */
    protected <C> void show(Optional<C> visible, Function<C, String> caseId, Consumer<C> read, String kind, String refusalKey) {
        Actor actor = me.actor();
        visible.ifPresentOrElse(found -> {
            read.accept(found);
            String id = caseId.apply(found);
            story = id == null ? null : stories.of(actor, id);
        }, () -> CaseStory.notVisible(actor, kind, number, refusalKey));
    }

    public CaseStory.Story getStory() {
        return story;
    }
}
