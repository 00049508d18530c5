package accord.rules.boundary;

import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.rules.control.OwnedTable;
import accord.rules.control.RuleTable;
import accord.rules.control.RuleVersions;
import accord.rules.control.TableCheck;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A decision table's editor ({@code rules/edit.xhtml?key=…}) for its owner: the rows of the version
 * that decides now, edited in place; *Check and preview* shows each problem beside its cell, or the
 * samples and the replay on the last 90 days; only a previewed draft is saved, with a reason.
 */
@Named
@ViewScoped
public class RuleEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    @Param(name = "key")
    String key;

    @Inject
    RuleEditing editing;

    @Inject
    RuleVersions versions;

    private RuleTable draft;
    private int editedFrom;
    private List<TableCheck.Problem> problems = List.of();
    private List<RuleEditing.Sample> samples;
    private OwnedTable.Replay replay;
    private String previewed;
    private String reason;

    public void load() {
        if (!Faces.isPostback()) {
            show();
        }
    }

    void show() {
        try {
            draft = editing.deciding(me.actor(), key);
            editedFrom = versions.deciding(key).getVersion();
            problems = List.of();
            samples = null;
            replay = null;
            previewed = null;
            reason = null;
        } catch (FieldRefused refused) {
            draft = null;
            Messages.addGlobalError(Text.of(refused.messageKey(), refused.arguments()));
        }
    }

    /** Another table's rows (the file's) to edit from here on, the version edited from unchanged. */
    void edit(RuleTable rows) {
        draft = rows;
        problems = List.of();
        samples = null;
        replay = null;
        previewed = null;
    }

    public void addRow() {
        draft.addRow();
        samples = null;
    }

    public void removeRow(int index) {
        draft.removeRow(index);
        samples = null;
    }

    public void moveUp(int index) {
        draft.moveUp(index);
        samples = null;
    }

    /** Checks the draft; without problems, shows it on the samples and replays it on the last 90 days. */
    public void preview() {
        problems = editing.check(me.actor(), key, draft);
        samples = null;
        replay = null;
        if (problems.isEmpty()) {
            samples = editing.samples(me.actor(), key, draft);
            replay = editing.replay(me.actor(), key, draft);
            previewed = fingerprint();
        } else {
            Messages.addGlobalError(Text.of("rules.problems", problems.size()));
        }
    }

    public void save() {
        if (previewed == null || !previewed.equals(fingerprint())) {
            Messages.addGlobalError(Text.of("rules.refused.notPreviewed"));
            return;
        }
        try {
            int version = editing.save(me.actor(), key, editedFrom, draft, reason);
            show();
            Messages.addGlobalInfo(Text.of("rules.saved", version));
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside("editor", refused);
        }
    }

    private String fingerprint() {
        return draft.getRows().stream().map(r -> String.join("\u0001", r.getConditions()) + "\u0002" + String.join("\u0001", r.getOutputs()))
                .reduce("", (a, b) -> a + "\u0003" + b);
    }

    /** The problem of this cell, in the reader's words, or null. */
    public String problemAt(int row, int column) {
        return problems.stream().filter(p -> p.row() == row && p.column() == column).findFirst()
                .map(p -> Text.of(p.key(), p.arguments().toArray())).orElse(null);
    }

    /** Problems of the whole table (gaps, overlaps), in the reader's words. */
    public List<String> getTableProblems() {
        return problems.stream().filter(p -> p.column() < 0).map(p -> Text.of(p.key(), p.arguments().toArray())).toList();
    }

    public List<String> getLegend() {
        return draft == null ? List.of() : editing.legend(me.actor(), key, draft);
    }

    public boolean isSaveable() {
        return samples != null && previewed != null && previewed.equals(fingerprint());
    }

    public String getKey() { return key; }
    public RuleTable getDraft() { return draft; }
    public int getEditedFrom() { return editedFrom; }
    public List<RuleEditing.Sample> getSamples() { return samples; }
    public OwnedTable.Replay getReplay() { return replay; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
