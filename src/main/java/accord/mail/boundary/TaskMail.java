package accord.mail.boundary;

import accord.casefile.control.CaseVariables;
import accord.casefile.control.StepNames;
import accord.inbox.control.TaskFacts;
import accord.mail.control.DecisionLinks;
import accord.mail.control.Draft;
import accord.mail.control.MailDecisions;
import accord.mail.control.Outbox;
import accord.mail.entity.MailKind;
import accord.mail.entity.OutboxMail;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.control.Text;
import accord.workflow.control.EngineListener;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

/**
 * Tells people of their tasks by mail, in the transaction of the step that makes them: a task given
 * to someone (not one they took themselves), and a new task offered to people by name or to their
 * department or role. A task that goes on to a deputy in the same step is told to the deputy only.
 * A confidential task's mail names the step and nothing of the case. A task given to someone carries
 * the buttons of its simple decisions ({@link MailDecisions}), each a link for that person only;
 * a confidential task never does.
 */
@ApplicationScoped
public class TaskMail implements EngineListener {

    private static final String CREATED = FlowableEngineEventType.TASK_CREATED.name();
    private static final String ASSIGNED = FlowableEngineEventType.TASK_ASSIGNED.name();

    @Inject
    Outbox outbox;

    @Inject
    Directory directory;

    @Inject
    DecisionLinks links;

    @Inject
    Instance<MailDecisions> workflows;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transaction;

    @Override
    public List<String> eventTypes() {
        return List.of(CREATED, ASSIGNED);
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEntityEvent entityEvent) || !(entityEvent.getEntity() instanceof TaskEntity task)) {
            return;
        }
        String acting = Authentication.getAuthenticatedUserId();
        if (task.getAssignee() != null) {
            if (!task.getAssignee().equals(acting)) {
                assigned(task);
            }
        } else if (CREATED.equals(event.getType().name())) {
            offeredTo(task).stream().filter(login -> !login.equals(acting))
                    .forEach(login -> outbox.tell(login, MailKind.TASK_OFFERED, reader -> draft(task, reader, true)));
        }
    }

    /** One mail per task and step: a later assignment in the same transaction replaces the earlier one's mail. */
    private void assigned(TaskEntity task) {
        String key = "accord.mail.task." + task.getId();
        Object earlier = transaction.getResource(key);
        if (earlier instanceof OutboxMail mail) {
            if (mail.getRecipient().equals(task.getAssignee())) {
                return;
            }
            outbox.withdraw(mail);
        }
        outbox.tell(task.getAssignee(), MailKind.TASK_ASSIGNED, reader -> draft(task, reader, false).with(buttons(task, reader)))
                .ifPresent(mail -> transaction.putResource(key, mail));
    }

    /** The task's decisions from the mail, each with a link of its own for this reader. */
    private List<Draft.Button> buttons(TaskEntity task, Outbox.Reader reader) {
        if (TaskFacts.CONFIDENTIAL.equals(task.getCategory())) {
            return List.of();
        }
        return workflows.stream().flatMap(workflow -> workflow.choices(task).stream())
                .map(choice -> new Draft.Button(Text.of(choice.labelKey()),
                        choice.page() + "?link=" + links.issue(reader.login(), task.getId(), choice.decision())))
                .toList();
    }

    /** Offered by name, or to a department (with its teams) or a role: every active person of them. */
    private Set<String> offeredTo(TaskEntity task) {
        Set<String> people = new LinkedHashSet<>();
        List<String> departments = new ArrayList<>();
        task.getIdentityLinks().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).forEach(link -> {
            if (link.getUserId() != null) {
                people.add(link.getUserId());
            } else if (link.getGroupId() != null) {
                if (Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(link.getGroupId()))) {
                    directory.withRole(Role.valueOf(link.getGroupId())).forEach(e -> people.add(e.login()));
                } else {
                    departments.add(link.getGroupId());
                }
            }
        });
        people.addAll(directory.memberLogins(departments));
        return people;
    }

    private static Draft draft(TaskEntity task, Outbox.Reader reader, boolean offered) {
        String step = StepNames.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName());
        String process = StepNames.process(StepNames.processKey(task.getProcessDefinitionId()), null);
        boolean confidential = TaskFacts.CONFIDENTIAL.equals(task.getCategory());
        List<Draft.Fact> facts = new ArrayList<>();
        facts.add(new Draft.Fact(Text.of("mail.task.step"), step));
        String number = caseNumber(task);
        if (!confidential) {
            if (number != null) {
                Object subject = task.getVariable(CaseVariables.SUBJECT);
                facts.add(new Draft.Fact(Text.of("mail.task.case"), number + (subject == null ? "" : " · " + subject)));
            }
            Object customer = task.getVariable(CaseVariables.CUSTOMER_NAME);
            if (customer != null) {
                facts.add(new Draft.Fact(Text.of("mail.task.customer"), customer.toString()));
            }
        }
        if (process != null) {
            facts.add(new Draft.Fact(Text.of("mail.task.process"), process));
        }
        if (task.getDueDate() != null) {
            facts.add(new Draft.Fact(Text.of("mail.task.due"), reader.dateTime(task.getDueDate().toInstant())));
        }
        String subject = confidential ? Text.of("mail.task.subject.confidential", step)
                : Text.of(offered ? "mail.task.subject.offered" : "mail.task.subject.assigned", step, Objects.toString(number, ""));
        return new Draft(subject, Text.of(confidential ? "mail.task.intro.confidential" : offered ? "mail.task.intro.offered"
                : "mail.task.intro.assigned"), facts, Text.of("mail.task.open"), "inbox/task.xhtml?id=" + task.getId());
    }

    private static String caseNumber(TaskEntity task) {
        if (task.getProcessInstanceId() == null) {
            return null;
        }
        var instance = CommandContextUtil.getExecutionEntityManager().findById(task.getProcessInstanceId());
        return instance == null ? null : instance.getBusinessKey();
    }
}
