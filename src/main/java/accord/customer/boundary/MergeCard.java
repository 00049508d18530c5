package accord.customer.boundary;

import accord.customer.control.CustomerRefused;
import accord.customer.entity.Customer;
import accord.customer.entity.CustomerMerge;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * On a duplicate's page, for who may merge it: choose the customer to keep, see what would move
 * (and what stops it), then merge. On a kept customer's page: the duplicates merged into it.
 */
@Named
@ViewScoped
public class MergeCard extends CustomerCard {

    private static final long serialVersionUID = 1L;

    /** A duplicate merged into this customer, as the card lists it. */
    public record Merged(String code, String name, String when, String by, String moved) implements Serializable {
    }

    @Inject
    Merges merges;

    @Inject
    Directory directory;

    private String code;
    private boolean mergeable;
    private List<Merged> merged = List.of();
    private CustomerChoice kept;
    private String previewedCode;
    private List<String> moving = List.of();
    private String refusal;

    @Override
    protected void read(Customer customer, Actor actor) {
        code = customer.code();
        mergeable = actor.admin() || actor.isIn(Role.SALES_DIRECTOR.name()) || Customers.mayKeep(actor, customer);
        merged = merges.mergedInto(customer.id()).stream().map(m -> new Merged(m.droppedCode(), m.droppedName(),
                me.dateTime(m.mergedAt()), directory.displayName(m.mergedBy()), said(m.moved()))).toList();
    }

    /** "merge.kind.complaints=3;…" in the reader's words. */
    private static String said(String moved) {
        return moved.isEmpty() ? Text.of("merge.nothing") : String.join(" · ", Arrays.stream(moved.split(";"))
                .map(pair -> pair.split("=")).map(kv -> Text.of(kv[0], Long.parseLong(kv[1]))).toList());
    }

    /** Shows what merging into the chosen customer would move, and whether it may be done now. */
    public void preview() {
        previewedCode = null;
        try {
            Merges.Preview preview = merges.preview(me.actor(), kept == null ? null : kept.code(), code);
            moving = preview.moving().stream().map(p -> Text.of(p.kindKey(), p.count())).toList();
            refusal = preview.refusal().map(Text::of).orElse(null);
            previewedCode = preview.kept().code();
        } catch (CustomerRefused refused) {
            RefusalMessages.sayBeside("merge-form", refused);
        }
    }

    public String merge() {
        try {
            CustomerMerge done = merges.merge(me.actor(), previewedCode, code);
            org.omnifaces.util.Messages.addFlashGlobalInfo(Text.of("merge.done", done.droppedCode(), done.kept().code()));
            return "/customers/view?faces-redirect=true&code=" + done.kept().code();
        } catch (CustomerRefused refused) {
            RefusalMessages.sayBeside("merge-form", refused);
            return null;
        }
    }

    /** A merge is offered once its preview was seen and nothing stops it. */
    public boolean isConfirmable() {
        return previewedCode != null && refusal == null;
    }

    public boolean isMergeable() { return mergeable; }
    public List<Merged> getMerged() { return merged; }
    public CustomerChoice getKept() { return kept; }
    /** Another choice than the one previewed needs its own preview before it may be merged. */
    public void setKept(CustomerChoice kept) {
        this.kept = kept;
        if (kept == null || !kept.code().equals(previewedCode)) {
            previewedCode = null;
        }
    }
    public String getPreviewedCode() { return previewedCode; }
    public List<String> getMoving() { return moving; }
    public String getRefusal() { return refusal; }
}
