package accord.inbox.boundary;

import accord.inbox.control.AttachmentPolicy;
import accord.inbox.control.CaseHistory;
import accord.inbox.control.CaseVariables;
import accord.inbox.control.Colleagues;
import accord.inbox.control.DueText;
import accord.inbox.control.NextSteps;
import accord.inbox.control.StepNames;
import accord.inbox.control.TaskFacts;
import accord.inbox.control.TaskLookup;
import accord.inbox.control.TaskRefused;
import accord.inbox.control.TaskRights;
import accord.inbox.control.TaskRow;
import accord.inbox.control.TaskRows;
import accord.organisation.control.Actor;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * The task page: the task, its case's context and history, and the generic form (variables to
 * read, a comment) for tasks whose workflow has no form of its own.
 */
@Named
@ViewScoped
public class TaskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    TaskLookup lookup;

    @Inject
    TaskRows rows;

    @Inject
    TaskService tasks;

    @Inject
    CaseHistory history;

    @Inject
    TaskActions actions;

    @Inject
    TaskFailures failures;

    @Inject
    TaskHolders holders;

    @Inject
    accord.organisation.control.Directory directory;

    @Inject
    Colleagues colleagues;

    @Inject
    NextSteps nextSteps;

    @Inject
    CaseAttachments attachments;

    @Inject
    WorkflowForms forms;

    private String id;
    private TaskRow task;
    private TaskFacts facts;
    private Map<String, Object> variables = Map.of();
    private List<Field> fields = List.of();
    private List<CaseHistory.Entry> story = List.of();
    private CaseHistory.Start start;
    private String why;
    private List<String> next = List.of();
    private List<AttachmentRow> files = List.of();
    private transient UploadedFile upload;

    /** One of the task's variables as the generic form shows it: a label and a value to read. */
    public record Field(String name, String label, String value) implements Serializable {
    }

    /** A file on the case, as the page lists it. */
    public record AttachmentRow(String id, String name, String by, java.util.Date at) implements Serializable {
    }
    private String comment;
    private boolean missing;
    private boolean canClaim;
    private boolean canRelease;
    private boolean canComplete;
    private boolean ownForm;
    private boolean canReassign;
    private boolean canDelegate;
    private List<Colleagues.Colleague> reassignTo = List.of();
    private List<Colleagues.Colleague> delegateTo = List.of();
    private String chosenPerson;

    public void load() {
        id = Faces.getRequestParameter("id");
        try {
            Actor actor = me.actor();
            Task found = lookup.visibleTask(id, actor);
            task = rows.of(List.of(found)).get(0);
            facts = lookup.facts(found, actor);
            variables = new TreeMap<>(tasks.getVariables(found.getId()));
            fields = variables.entrySet().stream()
                    .filter(v -> !CaseVariables.CUSTOMER_ID.equals(v.getKey())) // an internal id; the name is shown
                    .map(v -> new Field(v.getKey(), labelOf(v.getKey()), display(v.getValue()))).toList();
            story = history.of(found.getProcessInstanceId());
            start = history.start(found.getProcessInstanceId());
            why = TaskRights.whyYours(actor, facts).map(this::explain).orElse(null);
            String processDefinitionId = found.getProcessDefinitionId();
            next = nextSteps.after(processDefinitionId, found.getTaskDefinitionKey(), variables).stream()
                    .map(step -> describe(step, StepNames.step(processDefinitionId, step.key(), step.name()))).toList();
            loadFiles(found.getProcessInstanceId());
            canClaim = TaskRights.canClaim(actor, facts);
            canRelease = TaskRights.canRelease(actor, facts);
            ownForm = forms.hasForm(processDefinitionId);
            canComplete = TaskRights.canComplete(actor, facts);
            canReassign = TaskRights.canReassign(actor, facts);
            canDelegate = TaskRights.canDelegate(actor, facts);
            if (canReassign) {
                reassignTo = colleagues.in(facts.departments().stream()
                        .filter(code -> actor.admin() || actor.heads(code)).toList(), task.assignee());
            }
            if (canDelegate) {
                delegateTo = colleagues.in(List.of(me.getDepartmentCode()), task.assignee());
            }
        } catch (TaskRefused refused) {
            missing = true;
            Messages.addGlobalError(Text.of(refused.messageKey(), refused.arguments()));
        }
    }

    public String claim() {
        failures.attempt(() -> actions.claim(me.actor(), id), () -> holders.explainClaimRace(id), "inbox.claimed",
                task.name());
        return reload();
    }

    public String release() {
        if (failures.attempt(() -> actions.release(me.actor(), id), "inbox.released", task.name())) {
            return toInbox("team");
        }
        return reload();
    }

    public String complete() {
        // A file chosen but not yet attached goes along rather than being dropped (also in addComment).
        if (upload != null && upload.getSize() > 0 && !attachChosenFile()) {
            return null;
        }
        if (failures.attempt(() -> actions.complete(me.actor(), id, comment), "task.completed", task.name())) {
            return toInbox("mine");
        }
        return reload();
    }

    public String addComment() {
        if (upload != null && upload.getSize() > 0 && !attachChosenFile()) {
            return null;
        }
        if (failures.attempt(() -> actions.comment(me.actor(), id, comment), "task.commented")) {
            comment = null;
        }
        return reload();
    }

    /** Attaches the chosen file and stays on the page, so that the comment typed so far is kept. */
    public String attach() {
        if (upload == null || upload.getSize() == 0) {
            Messages.addError("form:file", Text.of("attachment.choose"));
            return null;
        }
        attachChosenFile();
        return null;
    }

    private boolean attachChosenFile() {
        byte[] content = upload.getContent();
        String name = upload.getFileName();
        upload = null;
        boolean attached = failures.attempt(() -> actions.attach(me.actor(), id, name, content), "attachment.added", name);
        loadFiles(task.processInstanceId());
        return attached;
    }

    private void loadFiles(String processInstanceId) {
        files = attachments.of(processInstanceId).stream()
                .map(a -> new AttachmentRow(a.getId(), a.getName(), nameOf(a.getUserId()), a.getTime())).toList();
    }

    public String reassign() {
        String[] holder = new String[1];
        boolean done = failures.attempt(() -> holder[0] = actions.reassign(me.actor(), id, chosenPerson), null);
        if (done) {
            Messages.addGlobalInfo(chosenPerson.equals(holder[0]) ? Text.of("task.reassigned", nameOf(chosenPerson))
                    : Text.of("task.reassignedToDeputy", nameOf(holder[0]), nameOf(chosenPerson)));
        }
        return reload();
    }

    public String delegate() {
        failures.attempt(() -> actions.delegate(me.actor(), id, chosenPerson), "task.delegatedTo", nameOf(chosenPerson));
        return reload();
    }

    /** A reason from the rules in words: people by name, groups and departments by their names. */
    private String explain(String[] reason) {
        String argument = switch (reason[0]) {
            case "task.why.delegated", "task.why.deputy", "task.why.heldByDeputy" -> nameOf(reason[1]);
            case "task.why.offeredToGroup", "task.why.head" -> groupName(reason[1]);
            default -> reason[1];
        };
        return Text.of(reason[0], argument);
    }

    /** "Approve the case → 胡燕", "… → Customer Service", "The case ends." in the person's language. */
    private String describe(NextSteps.Step step, String stepName) {
        if (step.caseEnds()) {
            return Text.of("task.next.ends");
        }
        if (step.assignee() != null) {
            return Text.of("task.next.to", stepName, nameOf(step.assignee()));
        }
        if (!step.groups().isEmpty()) {
            return Text.of("task.next.to", stepName, String.join(" / ", step.groups().stream().map(this::groupName).toList()));
        }
        return Text.of("task.next.undecided", stepName);
    }

    private String groupName(String group) {
        return directory.department(group).map(d -> d.name(me.getLocale()))
                .orElseGet(() -> Text.has("role." + group) ? Text.of("role." + group) : group);
    }

    private String nameOf(String login) {
        return login == null ? "" : directory.displayName(login);
    }

    private String reload() {
        Faces.getFlash().setKeepMessages(true);
        return "/inbox/task?faces-redirect=true&id=" + id;
    }

    private static String toInbox(String list) {
        Faces.getFlash().setKeepMessages(true);
        return "/inbox/index?faces-redirect=true&list=" + list;
    }

    /** A variable's label: from the bundle ({@code variable.caseSubject}), else its name in words. */
    private static String labelOf(String name) {
        if (Text.has("variable." + name)) {
            return Text.of("variable." + name);
        }
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A variable's value as the person reads it: dates in their zone, people and departments by name. */
    private String display(Object value) {
        if (value instanceof java.util.Date date) {
            return me.dateTime(date.toInstant());
        }
        if (value instanceof Boolean yes) {
            return Text.of(yes ? "variable.yes" : "variable.no");
        }
        if (value instanceof String text && !text.isBlank()) {
            return directory.employee(text).map(e -> directory.displayName(text))
                    .or(() -> directory.department(text).map(d -> d.name(me.getLocale())))
                    .orElse(text);
        }
        return value == null ? "" : value.toString();
    }

    public String getDue() {
        return task == null || task.due() == null ? "" : DueText.of(task.due().toInstant(), Instant.now(), me.getLocale());
    }

    public boolean isCanClaim() {
        return canClaim;
    }

    public boolean isCanRelease() {
        return canRelease;
    }

    public boolean isCanComplete() {
        return canComplete;
    }

    /**
     * Is this step done with its workflow's own form? Then the generic facts and the generic Complete
     * are not shown (the server refuses that Complete too); the form's own actions follow canComplete.
     */
    public boolean isOwnForm() {
        return ownForm;
    }

    public boolean isCanReassign() {
        return canReassign;
    }

    public boolean isCanDelegate() {
        return canDelegate;
    }

    public List<Colleagues.Colleague> getReassignTo() {
        return reassignTo;
    }

    public List<Colleagues.Colleague> getDelegateTo() {
        return delegateTo;
    }

    public String getChosenPerson() {
        return chosenPerson;
    }

    public void setChosenPerson(String chosenPerson) {
        this.chosenPerson = chosenPerson;
    }

    public boolean isMissing() {
        return missing;
    }

    public TaskRow getTask() {
        return task;
    }

    public List<Field> getFields() {
        return fields;
    }

    public List<CaseHistory.Entry> getStory() {
        return story;
    }

    public CaseHistory.Start getStart() {
        return start;
    }

    public List<AttachmentRow> getFiles() {
        return files;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public String getAccepted() {
        return AttachmentPolicy.ACCEPTED;
    }

    public int getMaxBytes() {
        return AttachmentPolicy.MAX_BYTES;
    }

    public List<String> getNext() {
        return next;
    }

    public String getWhy() {
        return why;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
