package accord.handoff.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.calendar.control.WorkingTime;
import accord.casefile.control.CaseNumbers;
import accord.casefile.control.CaseVariables;
import accord.casefile.control.NewFile;
import accord.complaint.entity.Complaint;
import accord.customer.entity.Customer;
import accord.handoff.control.Approvers;
import accord.handoff.control.HandoffDeadlines;
import accord.handoff.control.HandoffProcess;
import accord.handoff.control.HandoffRefused;
import accord.handoff.control.RequestForm;
import accord.handoff.entity.Handoff;
import accord.inbox.boundary.CaseAttachments;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.workflow.control.Acting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RuntimeService;

/**
 * Opening a request, in one transaction: its number, the handoff, its case routed to whoever
 * decides, and its files commit together or not at all.
 */
@ApplicationScoped
@Transactional
public class HandoffRequests {

    public static final int MAX_FILES = 5;


    @PersistenceContext
    EntityManager em;

    @Inject
    CaseNumbers numbers;

    @Inject
    Directory directory;

    @Inject
    Approvers approvers;

    @Inject
    WorkingCalendar calendar;

    @Inject
    RuntimeService runtime;

    @Inject
    CaseAttachments attachments;

    /** Any signed-in, active employee may ask. */
    public Handoff request(Actor actor, RequestForm form, List<NewFile> files) {
        Employee requester = directory.employee(actor.login()).filter(Employee::isActive)
                .orElseThrow(() -> {
                    AccessRefusals.record(actor.login(), AuditWording.of("audit.act.requestHandoff"), "handoff.refused.notEmployee");
                    return new HandoffRefused(null, "handoff.refused.notEmployee");
                });
        WorkingTime workingTime = calendar.workingTime();
        Instant now = Instant.now();
        form.problems(now.atZone(workingTime.zone()).toLocalDate()).stream().findFirst().ifPresent(problem -> {
            throw new HandoffRefused(problem.field(), problem.messageKey());
        });
        NewFile.problem(files, MAX_FILES).ifPresent(problem -> {
            throw problem instanceof NewFile.TooMany tooMany
                    ? new HandoffRefused("files", "handoff.refused.tooManyFiles", tooMany.max())
                    : new HandoffRefused("files", "handoff.refused.file", ((NewFile.Refused) problem).name());
        });
        Department target = directory.department(form.getTargetDepartment())
                .orElseThrow(() -> new HandoffRefused("targetDepartment", "handoff.refused.department"));
        Approvers.Routing routing = approvers.of(target, actor.login())
                .orElseThrow(() -> new HandoffRefused("targetDepartment", "handoff.refused.noApprover"));
        Customer customer = form.getCustomerId() == null ? null : em.find(Customer.class, form.getCustomerId());
        if (form.getCustomerId() != null && customer == null) {
            throw new HandoffRefused("customer", "handoff.refused.customer");
        }
        Complaint complaint = form.getComplaintId() == null ? null : em.find(Complaint.class, form.getComplaintId());
        if (form.getComplaintId() != null && complaint == null) {
            throw new HandoffRefused(null, "handoff.refused.complaint");
        }
        if (complaint != null && customer == null) {
            customer = complaint.getCustomer();
        }

        Handoff handoff = new Handoff(numbers.next(CaseNumbers.Series.HANDOFF, Year.from(now.atZone(workingTime.zone()))),
                new Handoff.Parties(actor.login(), requester.department().code(), target.code()),
                new Handoff.Request(form.getKind(), customer, complaint, form.getSubject().strip(), form.getDetails().strip(),
                        form.criteriaText(), form.getNeededBy(), form.getPriority()),
                now);
        em.persist(handoff);
        em.flush();
        String caseId = Acting.as(actor.login(), () -> runtime.createProcessInstanceBuilder()
                .processDefinitionKey(HandoffProcess.KEY).businessKey(handoff.getNumber()).name(handoff.getSubject())
                .variables(variables(handoff, routing, HandoffDeadlines.decision(workingTime, now))).start().getId());
        handoff.startedAs(caseId);
        attachments.add(actor.login(), caseId, files);
        return handoff;
    }

    private static Map<String, Object> variables(Handoff handoff, Approvers.Routing routing, Map<String, Object> decision) {
        Map<String, Object> variables = new HandoffProcess.Start(handoff.getId(), handoff.getRequester(),
                handoff.getTargetDepartment(), routing.approver(), routing.escalateTo(), handoff.getPriority().taskPriority(),
                decision).variables();
        Customer customer = handoff.getCustomer();
        variables.putAll(CaseVariables.labels(handoff.getSubject(), customer == null ? null : customer.id(),
                customer == null ? null : customer.name()));
        return variables;
    }
}
