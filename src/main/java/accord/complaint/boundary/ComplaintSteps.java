package accord.complaint.boundary;

import static accord.platform.control.Input.blank;
import static accord.platform.control.Input.stripped;

import accord.complaint.control.ComplaintProcess;
import accord.complaint.control.ComplaintRefused;
import accord.complaint.control.ComplaintTrouble;
import accord.complaint.control.ComplaintSla;
import accord.complaint.entity.Category;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.RootCause;
import accord.complaint.entity.Severity;
import accord.inbox.boundary.TaskActions;
import accord.inbox.control.TaskLookup;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.workflow.control.CaseEntities;
import accord.workflow.control.WorkingCalendar;
import accord.workflow.control.WorkingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.RuntimeService;
import org.flowable.task.api.Task;

/**
 * The steps of a complaint, each in one transaction with the task it completes: the complaint's
 * state changes and the step moves on together, or neither does. The task rules (only the holder
 * completes) are TaskActions'; the complaint rules are checked here.
 */
@ApplicationScoped
@Transactional
public class ComplaintSteps {

    /** Triage: confirm category and severity, then a department, or resolved at first contact. */
    public record Triage(Category category, Severity severity, String department, boolean resolvedAtFirstContact,
            String resolution, String comment) {
    }

    /** What the department decided. */
    public enum Outcome { RESOLVED, ASK_INFO, TRANSFER }

    /** The department's answer, its question to customer service, or its transfer. */
    public record Resolution(Outcome outcome, RootCause rootCause, String rootCauseText, String correctiveAction,
            String preventiveAction, String resolution, String question, String transferTo, String comment) {
    }

    /** The call-back: did the customer accept, how satisfied, and in their words. */
    public record CallBack(Boolean accepted, Integer satisfaction, String customerWords) {
    }

    /** The process's message for a withdrawal (complaint-handling.bpmn20.xml). */
    static final String WITHDRAWN = "complaintWithdrawn";

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskLookup lookup;

    @Inject
    TaskActions actions;

    @Inject
    RuntimeService runtime;

    @Inject
    Directory directory;

    @Inject
    ComplaintSla sla;

    @Inject
    WorkingCalendar calendar;

    @Inject
    CaseEntities cases;

    @Inject
    Event<ComplaintTrouble> trouble;

    /** The complaint a task of the complaint process belongs to. */
    public Optional<Complaint> of(Task task) {
        return cases.of(task, ComplaintProcess.KEY, "complaintId", Complaint.class);
    }

    public void triage(Actor actor, String taskId, Triage triage) {
        Complaint complaint = complaintAt(taskId, "triage");
        require(triage.category() != null, "category", "complaint.refused.category");
        require(triage.severity() != null, "severity", "complaint.refused.severity");
        Map<String, Object> variables = new HashMap<>();
        Instant now = Instant.now();
        if (triage.severity() != complaint.getSeverity()) {
            // A different severity, a different SLA: counted again from registration.
            ComplaintSla.Deadlines deadlines = sla.from(complaint.getRegisteredAt(), triage.severity(),
                    complaint.getCustomer().tier(), calendar.workingTime());
            complaint.setDeadlines(complaint.getResponseDue(), deadlines.resolveDue());
            variables.put("resolveDue", Date.from(deadlines.resolveDue()));
            variables.put("warnAt", Date.from(deadlines.warnAt()));
            variables.put("priority", ComplaintIntake.priority(triage.severity()));
        }
        variables.put("resolvedAtFirstContact", triage.resolvedAtFirstContact());
        if (triage.resolvedAtFirstContact()) {
            require(!blank(triage.resolution()), "firstContactResolution", "complaint.refused.resolution");
            complaint.resolvedAtFirstContact(triage.category(), triage.severity(), triage.resolution().strip(), now);
        } else {
            Department department = department(triage.department(), "department");
            complaint.triaged(triage.category(), triage.severity(), department.code(), now);
            variables.put("department", department.code());
            variables.put("departmentHead", headOf(department));
        }
        actions.complete(actor, taskId, triage.comment(), variables);
    }

    public void resolve(Actor actor, String taskId, Resolution resolution) {
        Complaint complaint = complaintAt(taskId, "resolve");
        require(resolution.outcome() != null, "outcome", "complaint.refused.outcome");
        Map<String, Object> variables = new HashMap<>();
        String comment = resolution.comment();
        switch (resolution.outcome()) {
            case RESOLVED -> {
                require(resolution.rootCause() != null, "rootCause", "complaint.refused.rootCause");
                require(!blank(resolution.correctiveAction()), "correctiveAction", "complaint.refused.correctiveAction");
                require(!blank(resolution.resolution()), "resolution", "complaint.refused.resolution");
                complaint.resolved(resolution.rootCause(), stripped(resolution.rootCauseText()),
                        resolution.correctiveAction().strip(), stripped(resolution.preventiveAction()),
                        resolution.resolution().strip());
                variables.put("resolveOutcome", "resolved");
            }
            case ASK_INFO -> {
                require(!blank(resolution.question()), "question", "complaint.refused.question");
                complaint.waitForInformation(Instant.now());
                variables.put("resolveOutcome", "askInfo");
                comment = resolution.question().strip();
            }
            case TRANSFER -> {
                Department department = department(resolution.transferTo(), "transferTo");
                require(!department.code().equals(complaint.getDepartmentCode()), "transferTo", "complaint.refused.sameDepartment");
                require(!blank(resolution.comment()), "comment", "complaint.refused.transferReason");
                complaint.transferred(department.code());
                variables.put("resolveOutcome", "transfer");
                variables.put("department", department.code());
                variables.put("departmentHead", headOf(department));
                variables.put("escalatedTo", null);
            }
        }
        actions.complete(actor, taskId, comment, variables);
    }

    /** Customer service's answer to the department: the SLA deadlines move by the working time waited. */
    public void answer(Actor actor, String taskId, String answer) {
        Complaint complaint = complaintAt(taskId, "provideInfo");
        require(!blank(answer), "answer", "complaint.refused.answer");
        WorkingTime workingTime = calendar.workingTime();
        Instant now = Instant.now();
        // Whole seconds, as the deadlines are (ComplaintSla.Deadlines).
        Duration waited = complaint.getPausedAt() == null ? Duration.ZERO
                : workingTime.between(complaint.getPausedAt(), now).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant resolveDue = workingTime.plus(complaint.getResolveDue(), waited);
        Object warnAt = runtime.getVariable(complaint.getProcessInstanceId(), "warnAt");
        Map<String, Object> variables = new HashMap<>();
        variables.put("resolveDue", Date.from(resolveDue));
        if (warnAt instanceof Date warn) {
            variables.put("warnAt", Date.from(workingTime.plus(warn.toInstant(), waited)));
        }
        complaint.informationGiven(resolveDue);
        actions.complete(actor, taskId, answer.strip(), variables);
    }

    public void callBack(Actor actor, String taskId, CallBack callBack) {
        Complaint complaint = complaintAt(taskId, "callBack");
        require(callBack.accepted() != null, "accepted", "complaint.refused.accepted");
        require(callBack.satisfaction() != null && callBack.satisfaction() >= 1 && callBack.satisfaction() <= 5,
                "satisfaction", "complaint.refused.satisfaction");
        if (!callBack.accepted()) {
            require(!blank(callBack.customerWords()), "customerWords", "complaint.refused.customerWords");
        }
        complaint.calledBack(callBack.accepted(), callBack.satisfaction(), Instant.now());
        if (!callBack.accepted()) {
            trouble.fire(new ComplaintTrouble(complaint.getCustomer().id(), complaint.getId(), ComplaintTrouble.Kind.REOPENED));
        }
        actions.complete(actor, taskId, callBack.customerWords(), Map.of("accepted", callBack.accepted()));
    }

    /** The customer withdraws the complaint: its case ends at whatever step it was (the process's message event). */
    public void withdraw(Actor actor, long complaintId, String reason) {
        if (!ComplaintIntake.mayRegister(actor)) {
            throw new ComplaintRefused(null, "complaint.refused.notAgent");
        }
        require(!blank(reason), "withdrawReason", "complaint.refused.withdrawReason");
        Complaint complaint = em.find(Complaint.class, complaintId, LockModeType.PESSIMISTIC_WRITE);
        if (complaint == null || !complaint.getStatus().isOpen()) {
            throw new ComplaintRefused(null, "complaint.refused.notOpen");
        }
        String waiting = runtime.createExecutionQuery().processInstanceId(complaint.getProcessInstanceId())
                .messageEventSubscriptionName(WITHDRAWN).singleResult().getId();
        complaint.withdraw(reason.strip(), Instant.now());
        accord.workflow.control.Acting.as(actor.login(), () -> {
            runtime.setVariable(complaint.getProcessInstanceId(), "withdrawnReason", reason.strip());
            runtime.messageEventReceived(WITHDRAWN, waiting);
        });
    }

    private Complaint complaintAt(String taskId, String step) {
        Task task = lookup.task(taskId);
        Complaint complaint = of(task).filter(c -> step.equals(task.getTaskDefinitionKey()))
                .orElseThrow(() -> new ComplaintRefused(null, "complaint.refused.notThisStep"));
        // One step at a time per complaint: a second session's step waits here, then finds its task gone.
        em.lock(complaint, LockModeType.PESSIMISTIC_WRITE);
        return complaint;
    }

    private Department department(String code, String field) {
        return (code == null ? Optional.<Department>empty() : directory.department(code))
                .orElseThrow(() -> new ComplaintRefused(field, "complaint.refused.department"));
    }

    private static String headOf(Department department) {
        Employee head = department.head();
        return head == null ? null : head.login();
    }

    private static void require(boolean rule, String field, String messageKey) {
        if (!rule) {
            throw new ComplaintRefused(field, messageKey);
        }
    }

}
