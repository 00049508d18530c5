package accord.operations.boundary;

import accord.operations.control.CaseActions;
import accord.operations.control.CaseOverview.CaseState;
import accord.operations.control.WorkReassignment;
import accord.organisation.control.Directory;
import accord.people.boundary.PersonFormPage;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Refused;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/**
 * The actions on the case page: suspend, resume or cancel the case, or reassign one of its open
 * steps, each asked for in one dialog with its reason. Offered only in a state where they can
 * succeed; refused on the server all the same.
 */
@Named
@ViewScoped
public class CaseActionsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The action the dialog asks about. */
    public enum Asked { SUSPEND, RESUME, CANCEL, REASSIGN }

    @Inject
    CurrentPerson me;

    @Inject
    CaseOperationsPage page;

    @Inject
    CaseActions cases;

    @Inject
    WorkReassignment reassignment;

    @Inject
    Directory directory;

    private Asked asked;
    private String taskId;
    private String stepName;
    private List<PersonFormPage.Choice> people = List.of();
    private String to;
    private String reason;

    public void ask(Asked action) {
        asked = action;
        reason = null;
        PrimeFaces.current().executeScript("PF('actDialog').show()");
    }

    public void askToReassign(String task, String step) {
        taskId = task;
        stepName = step;
        to = null;
        people = PersonFormPage.Choice.activePeople(directory, me.getLocale(), null);
        ask(Asked.REASSIGN);
    }

    public void confirm() {
        String number = page.getNumber();
        try {
            String said = switch (asked) {
                case SUSPEND -> { cases.suspend(me.actor(), number, reason); yield Text.of("case.action.suspended", number); }
                case RESUME -> { cases.resume(me.actor(), number, reason); yield Text.of("case.action.resumed", number); }
                case CANCEL -> { cases.cancel(me.actor(), number, reason); yield Text.of("case.action.cancelled", number); }
                case REASSIGN -> Text.of("case.action.reassigned", stepName,
                        directory.displayName(reassignment.reassign(me.actor(), taskId, to, reason)));
            };
            Messages.addGlobalInfo(said);
            done();
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside("act", refused);
        } catch (Refused refused) {
            Messages.addGlobalError(Text.of(refused.messageKey(), refused.arguments()));
            done();
        } catch (FlowableOptimisticLockingException race) {
            Messages.addGlobalError(Text.of("task.refused.someoneFaster"));
            done();
        }
    }

    private void done() {
        PrimeFaces.current().executeScript("PF('actDialog').hide()");
        asked = null;
        page.show();
    }

    private CaseState state() {
        return page.getOverview() == null ? null : page.getOverview().state();
    }

    public boolean isCanSuspend() { return state() == CaseState.RUNNING; }
    public boolean isCanResume() { return state() == CaseState.SUSPENDED; }
    public boolean isCanCancel() { return state() == CaseState.RUNNING || state() == CaseState.SUSPENDED; }
    public boolean isCanReassign() { return state() == CaseState.RUNNING; }
    public Asked getAsked() { return asked; }
    public String getStepName() { return stepName; }
    public List<PersonFormPage.Choice> getPeople() { return people; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
