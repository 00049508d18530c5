package accord.rules.boundary;

import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.rules.control.RuleTable;
import accord.rules.control.RuleTables;
import accord.rules.control.RuleVersions;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/**
 * The editor's versions of its table: who made each and why, each readable, an earlier one (or the
 * file's, when a developer changed the file) restored as the newest with a reason.
 */
@Named
@ViewScoped
public class RuleVersionsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    RuleEditorPage editor;

    @Inject
    RuleEditing editing;

    @Inject
    RuleVersions versions;

    private RuleTable shown;
    private RuleVersions.Version restoring;
    private boolean restoringFile;
    private String reason;

    // Read once per version the editor edits from (a save or restore makes a new one), not at each
    // of the page's several reads in a render.
    private int readFor = -1;
    private List<RuleVersions.Version> listed = List.of();
    private boolean fileChanged;

    private void read() {
        if (editor.getDraft() == null || readFor == editor.getEditedFrom()) {
            return;
        }
        readFor = editor.getEditedFrom();
        listed = versions.of(editor.getKey());
        fileChanged = versions.changedFile(editing.table(me.actor(), editor.getKey()).file())
                .map(file -> !rows(RuleTables.read(RuleTables.parse(file))).equals(rows(editing.deciding(me.actor(), editor.getKey()))))
                .orElse(false);
    }

    public List<RuleVersions.Version> getVersions() {
        read();
        return editor.getDraft() == null ? List.of() : listed;
    }

    /**
     * Whether a developer changed the file in workflows/ since it was last deployed (the portal's edit
     * won) and its rows differ from those that decide now.
     */
    public boolean isFileChanged() {
        read();
        return editor.getDraft() != null && fileChanged;
    }

    /** The file's rows into the editor, to check, preview and save as any edit. */
    public void adopt() {
        byte[] file = versions.file(editing.table(me.actor(), editor.getKey()).file());
        editor.edit(RuleEditing.localized(RuleTables.read(RuleTables.parse(file))));
        Messages.addGlobalInfo(Text.of("rules.adopted"));
    }

    private static List<List<String>> rows(RuleTable table) {
        return table.getRows().stream().map(r -> java.util.stream.Stream.concat(r.getConditions().stream(), r.getOutputs().stream())
                .map(String::strip).toList()).toList();
    }

    public void show(RuleVersions.Version version) {
        shown = RuleEditing.localized(RuleTables.read(RuleTables.parse(versions.dmn(version.decisionId()))));
        restoring = version;
    }

    public void askToRestore(RuleVersions.Version version) {
        restoring = version;
        restoringFile = version == null;
        reason = null;
        PrimeFaces.current().executeScript("PF('restoreDialog').show()");
    }

    public void restore() {
        try {
            int version = editing.restore(me.actor(), editor.getKey(), restoringFile ? null : restoring.decisionId(), reason);
            PrimeFaces.current().executeScript("PF('restoreDialog').hide()");
            shown = null;
            editor.show();
            Messages.addGlobalInfo(Text.of("rules.saved", version));
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside("restore", refused);
        }
    }

    public RuleTable getShown() { return shown; }
    public RuleVersions.Version getRestoring() { return restoring; }
    public boolean isRestoringFile() { return restoringFile; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
