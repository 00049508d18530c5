package accord.promotion.boundary;

import accord.inbox.boundary.CaseStory;
import accord.inbox.control.TaskLookup;
import accord.organisation.control.Actor;
import accord.platform.control.Text;
import accord.promotion.control.NominationAccess;
import accord.promotion.control.NominationDetails;
import accord.promotion.control.NominationRefused;
import accord.promotion.control.NominationRules;
import accord.promotion.entity.Nomination;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A nomination's page (/promotions/view.xhtml?number=) for those who may see it: the nomination,
 * its frozen evidence and what changed since, the chain, the history and the diagram. HR may lift
 * the 90-day block of a rejection here. Anyone else, the nominee included, is told there is none.
 */
@Named
@ViewScoped
public class NominationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentPerson me;

    @Inject
    NominationDetails details;

    @Inject
    TaskLookup lookup;

    @Inject
    CaseStory stories;

    @Inject
    NominationRules rules;

    @Inject
    Nominations nominations;

    private NominationDetails.View view;
    private CaseStory.Story story;
    private boolean blockLiftable;
    private String liftReason;

    public void load() {
        Actor actor = me.actor();
        Nomination nomination = em.createQuery("select n from Nomination n join fetch n.nominee where n.number = :number",
                Nomination.class).setParameter("number", String.valueOf(Faces.getRequestParameter("number")))
                .getResultStream().findFirst().filter(n -> visible(actor, n)).orElse(null);
        if (nomination == null) {
            Messages.addGlobalError(Text.of("promotion.notFound"));
            return;
        }
        view = details.of(nomination, me.getLocale());
        story = stories.of(actor, nomination.getProcessInstanceId());
        blockLiftable = NominationAccess.keepsPromotions(actor) && !nomination.excludes(actor.login())
                && rules.blockingRejection(nomination.getNominee(), Instant.now())
                        .filter(blocking -> blocking.getId().equals(nomination.getId())).isPresent();
    }

    /** The nominee never; the others by the nomination's rule or because they hold or held one of its tasks. */
    boolean visible(Actor actor, Nomination n) {
        return !actor.login().equals(n.getNominee().login())
                && (NominationAccess.maySee(actor, n) || lookup.canSeeCase(actor, n.getProcessInstanceId()));
    }

    public String liftBlock() {
        try {
            nominations.liftBlock(me.actor(), view.number(), liftReason);
            Faces.getFlash().setKeepMessages(true);
            Messages.addGlobalInfo(Text.of("promotion.blockLifted"));
            return "/promotions/view?faces-redirect=true&number=" + view.number();
        } catch (NominationRefused refused) {
            Messages.addError(refused.field() == null ? null : "lift:" + refused.field(),
                    Text.of(refused.messageKey(), refused.arguments()));
            return null;
        }
    }

    public NominationDetails.View getView() {
        return view;
    }

    public CaseStory.Story getStory() {
        return story;
    }

    public boolean isBlockLiftable() {
        return blockLiftable;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public void setLiftReason(String liftReason) {
        this.liftReason = liftReason;
    }
}
