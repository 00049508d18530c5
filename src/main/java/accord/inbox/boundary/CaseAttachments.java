package accord.inbox.boundary;

import accord.casefile.control.AttachmentPolicy;
import accord.casefile.control.NewFile;
import accord.inbox.control.TaskLookup;
import accord.organisation.control.Actor;
import accord.workflow.control.Acting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.engine.task.Attachment;

/** Reading a case's attachments: only for people who may see the case. */
@ApplicationScoped
public class CaseAttachments {

    @Inject
    TaskService tasks;

    @Inject
    TaskLookup lookup;

    public List<Attachment> of(String processInstanceId) {
        return tasks.getProcessInstanceAttachments(processInstanceId);
    }

    /** The attachment, if the person took part in its case or may see one of its open tasks. */
    public Attachment visible(Actor actor, String attachmentId) {
        Attachment attachment = attachmentId == null ? null : tasks.getAttachment(attachmentId);
        if (attachment == null || !lookup.canSeeCase(actor, attachment.getProcessInstanceId())) {
            throw TaskLookup.refused(actor, "downloadAttachment", attachmentId, "attachment.refused.notYours");
        }
        return attachment;
    }

    /** Puts checked files on the case as the person's (see {@link NewFile#problem}). */
    public void add(String login, String caseId, List<NewFile> files) {
        for (NewFile file : NewFile.present(files)) {
            String name = AttachmentPolicy.cleanName(file.name());
            String type = AttachmentPolicy.contentType(name, file.content()).orElseThrow();
            Acting.as(login, () -> tasks.createAttachment(type, null, caseId, name, null,
                    new ByteArrayInputStream(file.content())));
        }
    }

    public InputStream content(Attachment attachment) {
        return tasks.getAttachmentContent(attachment.getId());
    }
}
