package accord.mail.boundary;

import accord.casefile.control.StepNames;
import accord.mail.control.Draft;
import accord.mail.control.Outbox;
import accord.mail.entity.MailKind;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.platform.control.Text;
import accord.workflow.control.DeadlineFlags;
import accord.workflow.control.EngineListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.variable.api.event.FlowableVariableEvent;

/**
 * Deadlines by mail, in the timer's transaction: when a workflow flags that a deadline is near (its
 * warning or reminder timer set the flag) the people who hold the waiting step are told; when it
 * flags a missed deadline, they and the heads of their departments are, at once, quiet hours or not.
 */
@ApplicationScoped
public class DeadlineMail implements EngineListener {


    @Inject
    Outbox outbox;

    @Inject
    Directory directory;

    @Override
    public List<String> eventTypes() {
        return List.of(FlowableEngineEventType.VARIABLE_UPDATED.name(), FlowableEngineEventType.VARIABLE_CREATED.name());
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (event instanceof FlowableVariableEvent flag && Boolean.TRUE.equals(flag.getVariableValue())
                && flag.getProcessInstanceId() != null
                && (DeadlineFlags.NEAR.contains(flag.getVariableName()) || DeadlineFlags.MISSED.contains(flag.getVariableName()))) {
            MailKind kind = DeadlineFlags.MISSED.contains(flag.getVariableName()) ? MailKind.DEADLINE_MISSED : MailKind.DEADLINE_NEAR;
            String caseNumber = CommandContextUtil.getExecutionEntityManager().findById(flag.getProcessInstanceId()).getBusinessKey();
            for (Task task : CommandContextUtil.getProcessEngineConfiguration().getTaskService().createTaskQuery()
                    .processInstanceId(flag.getProcessInstanceId()).list()) {
                for (String login : people(task, kind)) {
                    outbox.tell(login, kind, reader -> draft(task, kind, caseNumber, reader));
                }
            }
        }
    }

    /** The holder, else whoever it is offered to by name; for a missed deadline also the heads of the holders' departments. */
    private Set<String> people(Task task, MailKind kind) {
        Set<String> people = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            people.add(task.getAssignee());
        } else {
            CommandContextUtil.getProcessEngineConfiguration().getTaskService().getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .forEach(link -> {
                        if (link.getUserId() != null) {
                            people.add(link.getUserId());
                        } else if (kind == MailKind.DEADLINE_MISSED) {
                            directory.department(link.getGroupId()).map(d -> d.head()).ifPresent(head -> people.add(head.login()));
                        }
                    });
        }
        if (kind == MailKind.DEADLINE_MISSED) {
            for (String holder : new ArrayList<>(people)) {
                directory.employee(holder).map(Employee::department).map(d -> d.head()).filter(head -> !head.login().equals(holder))
                        .ifPresent(head -> people.add(head.login()));
            }
        }
        return people;
    }

    private Draft draft(Task task, MailKind kind, String caseNumber, Outbox.Reader reader) {
        String step = StepNames.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName());
        List<Draft.Fact> facts = new ArrayList<>();
        facts.add(new Draft.Fact(Text.of("mail.task.step"), step));
        facts.add(new Draft.Fact(Text.of("mail.task.case"), caseNumber));
        if (task.getAssignee() != null) {
            facts.add(new Draft.Fact(Text.of("mail.deadline.holder"), directory.displayName(task.getAssignee())));
        }
        if (task.getDueDate() != null) {
            facts.add(new Draft.Fact(Text.of("mail.task.due"), reader.dateTime(task.getDueDate().toInstant())));
        }
        String prefix = kind == MailKind.DEADLINE_MISSED ? "mail.deadline.missed" : "mail.deadline.near";
        return new Draft(Text.of(prefix + ".subject", step, caseNumber), Text.of(prefix + ".intro"), facts, Text.of("mail.task.open"),
                "inbox/task.xhtml?id=" + task.getId());
    }
}
