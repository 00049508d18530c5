package accord.promotion.boundary;

import accord.inbox.boundary.CasePage;
import accord.organisation.control.Actor;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.Text;
import accord.promotion.control.NominationAccess;
import accord.promotion.control.NominationDetails;
import accord.promotion.control.NominationRefused;
import accord.promotion.control.NominationRegister;
import accord.promotion.control.NominationRules;
import accord.promotion.entity.Nomination;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
public class NominationPage extends CasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    NominationRegister register;

    @Inject
    NominationDetails details;

    @Inject
    NominationRules rules;

    @Inject
    Nominations nominations;

    private NominationDetails.View view;
    private boolean blockLiftable;
    private String liftReason;

    public void load() {
        Actor actor = me.actor();
        show(register.byNumber(number).filter(n -> visible(actor, n)), Nomination::getProcessInstanceId, nomination -> {
            view = details.of(nomination, me.getLocale());
            blockLiftable = NominationAccess.keepsPromotions(actor) && !nomination.excludes(actor.login())
                    && rules.blockingRejection(nomination.getNominee(), Instant.now())
                            .filter(blocking -> blocking.getId().equals(nomination.getId())).isPresent();
        }, "nomination", "promotion.notFound");
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
            RefusalMessages.sayBeside("lift", refused);
            return null;
        }
    }

    public NominationDetails.View getView() {
        return view;
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
