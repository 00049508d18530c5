package accord.handoff.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.handoff.boundary.HandoffMailDecisions.OneClick;
import accord.handoff.control.Workload;
import accord.handoff.entity.Handoff;
import accord.inbox.boundary.TaskFailures;
import accord.mail.control.DecisionLinks;
import accord.mail.control.DecisionLinks.State;
import accord.organisation.control.Directory;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The page a decision button of a handoff mail opens: opening it changes nothing; it shows the
 * request and the one decision the link stands for, with what that decision needs (the assignee and
 * date of an approval, the reason of a rejection, the criteria and rating of an acceptance), and
 * takes it on confirmation. A link that is not this person's, used, expired, altered or no longer
 * current says so and leads to the handoff's own page.
 */
@Named
@ViewScoped
public class HandoffDecisionPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "decide-form";

    @Inject
    CurrentPerson me;

    @Inject
    DecisionLinks links;

    @Inject
    HandoffMailDecisions decisions;

    @Inject
    HandoffSteps steps;

    @Inject
    TaskFailures failures;

    @Inject
    Workload workload;

    @Inject
    Directory directory;

    @Inject
    WorkingCalendar calendar;

    @Inject
    TaskService tasks;

    @Inject
    HistoryService history;

    private String link;
    private State state = State.UNKNOWN;
    private OneClick decision;
    private String taskId;
    private String number;
    private String usedAt;
    private HandoffFacts facts;
    private List<Workload.Member> members = List.of();
    private final DecisionInput decisionInput = new DecisionInput();
    private final AcceptanceInput acceptanceInput = new AcceptanceInput();
    private String text;

    public void load() {
        DecisionLinks.Opened opened = links.open(link, me.getLogin());
        state = opened.state();
        if (opened.link() == null || state == State.NOT_YOURS) {
            return;
        }
        decision = OneClick.valueOf(opened.link().getDecision());
        taskId = opened.link().getTaskId();
        number = caseNumber(taskId);
        usedAt = opened.link().isUsed() ? me.dateTime(opened.link().getUsedAt()) : null;
        if (state == State.VALID) {
            Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
            Handoff handoff = task == null ? null : steps.of(task).orElse(null);
            if (handoff == null) {
                state = State.NOT_CURRENT;
                return;
            }
            facts = HandoffFacts.of(handoff, directory, me.getLocale(), calendar.zone());
            if (decision == OneClick.APPROVE) {
                LocalDate today = LocalDate.now(calendar.zone());
                members = workload.of(handoff.getTargetDepartment(), today);
                decisionInput.setAssignee(members.isEmpty() ? null : members.get(0).login());
                decisionInput.setPromisedBy(handoff.getNeededBy().isBefore(today) ? today : handoff.getNeededBy());
            }
        }
    }

    /** The handoff's number, from its case (also once the task is done). */
    private String caseNumber(String taskId) {
        var task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (task == null) {
            return null;
        }
        var instance = history.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    public String confirm() {
        var actor = me.actor();
        decisionInput.setDecision(decision == OneClick.REJECT ? HandoffSteps.Decision.REJECT : HandoffSteps.Decision.APPROVE);
        Consumer<String> step = decision == OneClick.ACCEPT ? taskId -> steps.accept(actor, taskId, acceptanceInput.acceptance(null))
                : taskId -> steps.decide(actor, taskId, decisionInput.approval(text));
        try {
            if (failures.attempt(() -> decisions.take(actor, link, decision, step), "handoff.oneClick.done." + decision, number)) {
                Faces.getFlash().setKeepMessages(true);
                return "/handoffs/view?faces-redirect=true&number=" + number;
            }
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside(FORM, refused);
        } catch (DecisionLinks.LinkRefused refused) {
            state = refused.state();
            Messages.addGlobalError(Text.of("decisionLink." + state));
        }
        return null;
    }

    public boolean isValid() {
        return state == State.VALID;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public State getState() {
        return state;
    }

    public OneClick getDecision() {
        return decision;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getNumber() {
        return number;
    }

    public String getUsedAt() {
        return usedAt;
    }

    public HandoffFacts getFacts() {
        return facts;
    }

    public List<Workload.Member> getMembers() {
        return members;
    }

    public DecisionInput getDecisionInput() {
        return decisionInput;
    }

    public AcceptanceInput getAcceptanceInput() {
        return acceptanceInput;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
