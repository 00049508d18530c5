package accord.inbox.boundary;

import accord.casefile.control.AttachmentPolicy;
import accord.casefile.control.CaseVariables;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * The task page's generic form: the case's variables to read (for a step without a workflow form),
 * a comment, the case's files and attaching one, and the generic Complete. One h:form, so attaching
 * a file keeps the comment typed so far, and Complete attaches a chosen file first.
 */
@Named
@ViewScoped
public class TaskNotes implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One of the task's variables as the generic form shows it: a label and a value to read. */
    public record Field(String name, String label, String value) implements Serializable {
    }

    /** A file on the case, as the page lists it. */
    public record AttachmentRow(String id, String name, String by, Date at) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    TaskActions actions;

    @Inject
    TaskFailures failures;

    @Inject
    TaskHolders holders;

    @Inject
    CaseAttachments attachments;

    @Inject
    TaskWords words;

    private String taskId;
    private String taskName;
    private String processInstanceId;
    private List<Field> fields = List.of();
    private List<AttachmentRow> files = List.of();
    private String comment;
    private transient UploadedFile upload;

    /** Called by the task page once per view, for a task the person may see. */
    void load(String taskId, String taskName, String processInstanceId, Map<String, Object> variables) {
        this.taskId = taskId;
        this.taskName = taskName;
        this.processInstanceId = processInstanceId;
        fields = new TreeMap<>(variables).entrySet().stream()
                .filter(v -> !CaseVariables.CUSTOMER_ID.equals(v.getKey())) // an internal id; the name is shown
                .map(v -> new Field(v.getKey(), words.label(v.getKey()), words.value(v.getValue()))).toList();
        loadFiles();
    }

    public String complete() {
        // A file chosen but not yet attached goes along rather than being dropped (also in addComment).
        if (upload != null && upload.getSize() > 0 && !attachChosenFile()) {
            return null;
        }
        if (failures.attempt(() -> actions.complete(me.actor(), taskId, comment),
                () -> holders.explainCompleteRace(taskId, me.getLogin()), "task.completed", taskName)) {
            Faces.getFlash().setKeepMessages(true);
            return "/inbox/index?faces-redirect=true&list=mine";
        }
        return reload();
    }

    public String addComment() {
        if (upload != null && upload.getSize() > 0 && !attachChosenFile()) {
            return null;
        }
        if (failures.attempt(() -> actions.comment(me.actor(), taskId, comment), "task.commented")) {
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
        boolean attached = failures.attempt(() -> actions.attach(me.actor(), taskId, name, content), "attachment.added", name);
        loadFiles();
        return attached;
    }

    private void loadFiles() {
        files = attachments.of(processInstanceId).stream()
                .map(a -> new AttachmentRow(a.getId(), a.getName(), words.nameOf(a.getUserId()), a.getTime())).toList();
    }

    private String reload() {
        Faces.getFlash().setKeepMessages(true);
        return "/inbox/task?faces-redirect=true&id=" + taskId;
    }

    public List<Field> getFields() {
        return fields;
    }

    public List<AttachmentRow> getFiles() {
        return files;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
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
}
