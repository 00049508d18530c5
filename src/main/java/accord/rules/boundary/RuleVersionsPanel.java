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

    public List<RuleVersions.Version> getVersions() {
        return editor.getDraft() == null ? List.of() : versions.of(editor.getKey());
    }

    /** Whether the file in workflows/ was changed by a developer since it was last deployed (the portal's edit won). */
    public boolean isFileChanged() {
        return editor.getDraft() != null && versions.changedFile(editing.table(me.actor(), editor.getKey()).file()).isPresent();
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
