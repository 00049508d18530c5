package accord.complaint.boundary;

import static accord.platform.control.FieldRules.require;
import static accord.platform.control.Input.blank;
import static accord.platform.control.Input.stripped;

import accord.calendar.control.WorkingCalendar;
import accord.calendar.control.WorkingTime;
import accord.complaint.control.ComplaintProcess;
import accord.complaint.control.ComplaintRefused;
import accord.complaint.control.ComplaintSla;
import accord.complaint.control.ComplaintTrouble;
import accord.complaint.entity.Category;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.RootCause;
import accord.complaint.entity.Severity;
import accord.inbox.boundary.CaseSteps;
import accord.inbox.boundary.TaskActions;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.platform.control.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowable.engine.RuntimeService;
import org.flowable.task.api.Task;

/**
 * The steps of a complaint, each in one transaction with the task it completes: the complaint's
 * state changes and the step moves on together, or neither does. The task rules (only the holder
 * completes) are TaskActions'; the complaint rules are checked here.
 */
@ApplicationScoped
@Transactional
public class ComplaintSteps extends CaseSteps<Complaint> {

    /** Triage: confirm category and severity, then a department, or resolved at first contact. */
    public record Triage(@NotNull(message = "complaint.refused.category") Category category,
            @NotNull(message = "complaint.refused.severity") Severity severity, String department, boolean resolvedAtFirstContact,
            String resolution, String comment) {
    }

    /** What the department decided. */
    public enum Outcome { RESOLVED, ASK_INFO, TRANSFER }

    /** The department's answer, its question to customer service, or its transfer. */
    public record Resolution(@NotNull(message = "complaint.refused.outcome") Outcome outcome, RootCause rootCause,
            String rootCauseText, String correctiveAction,
            String preventiveAction, String resolution, String question, String transferTo, String comment) {
    }

    /** The call-back: did the customer accept, how satisfied, and in their words. */
    public record CallBack(@NotNull(message = "complaint.refused.accepted") Boolean accepted,
            @NotNull(message = "complaint.refused.satisfaction") @Min(value = 1, message = "complaint.refused.satisfaction")
            @Max(value = 5, message = "complaint.refused.satisfaction") Integer satisfaction,
            String customerWords) {
    }

    /** The process's message for a withdrawal (complaint-handling.bpmn20.xml). */
    static final String WITHDRAWN = "complaintWithdrawn";

    /** The complaint's refusal, said beside the form's field. */
    private static final FieldRules.Refusal REFUSED = ComplaintRefused::new;

    @Inject
    RuntimeService runtime;

    @Inject
    Directory directory;

    @Inject
    ComplaintSla sla;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Event<ComplaintTrouble> trouble;

    public ComplaintSteps() {
        super(ComplaintProcess.KEY, ComplaintProcess.ID_VARIABLE, Complaint.class);
    }

    /** Has the process's warning timer fired (80 % of the resolution time used) while the department still has it? */
    public boolean slaWarned(Task task, Complaint complaint) {
        return complaint.getStatus() == accord.complaint.entity.ComplaintStatus.RESOLVING
                && flagged(task, "slaWarned");
    }

    public void triage(Actor actor, String taskId, Triage triage) {
        Complaint complaint = complaintAt(taskId, "triage");
        FieldRules.check(triage, REFUSED);
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
            require(!blank(triage.resolution()), "firstContactResolution", "complaint.refused.resolution", REFUSED);
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
        FieldRules.check(resolution, REFUSED);
        Map<String, Object> variables = new HashMap<>();
        String comment = resolution.comment();
        switch (resolution.outcome()) {
            case RESOLVED -> {
                require(resolution.rootCause() != null, "rootCause", "complaint.refused.rootCause", REFUSED);
                require(!blank(resolution.correctiveAction()), "correctiveAction", "complaint.refused.correctiveAction", REFUSED);
                require(!blank(resolution.resolution()), "resolution", "complaint.refused.resolution", REFUSED);
                complaint.resolved(resolution.rootCause(), stripped(resolution.rootCauseText()),
                        resolution.correctiveAction().strip(), stripped(resolution.preventiveAction()),
                        resolution.resolution().strip());
                variables.put("resolveOutcome", "resolved");
            }
            case ASK_INFO -> {
                require(!blank(resolution.question()), "question", "complaint.refused.question", REFUSED);
                complaint.waitForInformation(Instant.now());
                variables.put("resolveOutcome", "askInfo");
                comment = resolution.question().strip();
            }
            case TRANSFER -> {
                Department department = department(resolution.transferTo(), "transferTo");
                require(!department.code().equals(complaint.getDepartmentCode()),
                        "transferTo", "complaint.refused.sameDepartment", REFUSED);
                require(!blank(resolution.comment()), "comment", "complaint.refused.transferReason", REFUSED);
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
        require(!blank(answer), "answer", "complaint.refused.answer", REFUSED);
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
        FieldRules.check(callBack, REFUSED);
        if (!callBack.accepted()) {
            require(!blank(callBack.customerWords()), "customerWords", "complaint.refused.customerWords", REFUSED);
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
        require(!blank(reason), "withdrawReason", "complaint.refused.withdrawReason", REFUSED);
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
        return lockedAt(task, Set.of(step))
                .orElseThrow(() -> new ComplaintRefused(null, "complaint.refused.notThisStep"));
    }

    private Department department(String code, String field) {
        return (code == null ? Optional.<Department>empty() : directory.department(code))
                .orElseThrow(() -> new ComplaintRefused(field, "complaint.refused.department"));
    }

    private static String headOf(Department department) {
        Employee head = department.head();
        return head == null ? null : head.login();
    }

}
