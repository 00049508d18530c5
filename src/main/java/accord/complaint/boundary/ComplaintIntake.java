package accord.complaint.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.calendar.control.WorkingTime;
import accord.casefile.control.CaseNumbers;
import accord.casefile.control.CaseVariables;
import accord.casefile.control.NewFile;
import accord.complaint.control.ComplaintProcess;
import accord.complaint.control.ComplaintRefused;
import accord.complaint.control.ComplaintSla;
import accord.complaint.control.Registration;
import accord.complaint.entity.Category;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.ComplaintStatus;
import accord.complaint.entity.Severity;
import accord.customer.entity.Customer;
import accord.inbox.boundary.CaseAttachments;
import accord.organisation.control.Actor;
import accord.organisation.entity.Role;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.workflow.control.Acting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;

/**
 * Registering a complaint, in one transaction: its number, the complaint, its SLA deadlines, its
 * case in the engine and its files commit together or not at all.
 */
@ApplicationScoped
@Transactional
public class ComplaintIntake {

    public static final int MAX_FILES = 5;
    /** How far back an open complaint of the same customer and category counts as a possible duplicate. */
    public static final Duration SIMILAR_WITHIN = Duration.ofDays(7);


    @PersistenceContext
    EntityManager em;

    @Inject
    CaseNumbers numbers;

    @Inject
    ComplaintSla sla;

    @Inject
    WorkingCalendar calendar;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    CaseAttachments attachments;

    public static boolean mayRegister(Actor actor) {
        return actor.admin() || actor.isIn(Role.CUSTOMER_SERVICE.name());
    }

    public Complaint register(Actor actor, Registration form, List<NewFile> files) {
        if (!mayRegister(actor)) {
            AccessRefusals.record(actor.login(), AuditWording.of("audit.act.registerComplaint"), "complaint.refused.notAgent");
            throw new ComplaintRefused(null, "complaint.refused.notAgent");
        }
        return registerAs(actor.login(), form, files);
    }

    /**
     * Registers what arrived without an agent typing it (a customer's mail): the same rules and the
     * same steps, in the name of {@code registeredBy}; whoever calls it has checked who may.
     */
    public Complaint registerAs(String registeredBy, Registration form, List<NewFile> files) {
        form.problems().stream().findFirst().ifPresent(problem -> {
            throw new ComplaintRefused(problem.field(), problem.messageKey());
        });
        NewFile.problem(files, MAX_FILES).ifPresent(problem -> {
            throw problem instanceof NewFile.TooMany tooMany
                    ? new ComplaintRefused("files", "complaint.refused.tooManyFiles", tooMany.max())
                    : new ComplaintRefused("files", "complaint.refused.file", ((NewFile.Refused) problem).name());
        });
        Customer customer = em.find(Customer.class, form.getCustomerId());
        if (customer == null) {
            throw new ComplaintRefused("customer", "complaint.refused.customer");
        }
        WorkingTime workingTime = calendar.workingTime();
        Instant now = Instant.now();
        Complaint complaint = new Complaint(numbers.next(CaseNumbers.Series.COMPLAINT, Year.from(now.atZone(workingTime.zone()))), customer,
                form.contact(), form.getChannel(), form.getCategory(), form.getSeverity(), form.getSubject().strip(),
                form.getDescription().strip(), form.getOrderNumber() == null ? null : form.getOrderNumber().strip(),
                registeredBy, now);
        ComplaintSla.Deadlines deadlines = sla.from(now, form.getSeverity(), customer.tier(), workingTime);
        complaint.setDeadlines(deadlines.responseDue(), deadlines.resolveDue());
        em.persist(complaint);
        em.flush();

        String caseId = Acting.as(registeredBy, () -> runtime.createProcessInstanceBuilder()
                .processDefinitionKey(ComplaintProcess.KEY).businessKey(complaint.getNumber()).name(complaint.getSubject())
                .variables(variables(complaint, deadlines)).start().getId());
        complaint.startedAs(caseId);
        attachments.add(registeredBy, caseId, files);
        return complaint;
    }

    /** Open complaints of the customer in the category from the last seven days: perhaps the same matter. */
    public List<Complaint> openSimilar(Long customerId, Category category) {
        if (customerId == null || category == null) {
            return List.of();
        }
        return em.createQuery("select c from Complaint c where c.customer.id = :customer and c.category = :category"
                        + " and c.status in :open and c.registeredAt >= :since order by c.registeredAt desc", Complaint.class)
                .setParameter("customer", customerId).setParameter("category", category)
                .setParameter("open", ComplaintStatus.OPEN)
                .setParameter("since", LocalDateTime.ofInstant(Instant.now().minus(SIMILAR_WITHIN), ZoneOffset.UTC))
                .getResultList();
    }

    /** Instead of a duplicate: the new contact goes on the open complaint's history as a comment. */
    public Complaint addContact(Actor actor, long complaintId, Registration form) {
        if (!mayRegister(actor)) {
            throw new ComplaintRefused(null, "complaint.refused.notAgent");
        }
        Complaint complaint = em.find(Complaint.class, complaintId);
        if (complaint == null || !complaint.getStatus().isOpen()) {
            throw new ComplaintRefused(null, "complaint.refused.notOpen");
        }
        String note = form.getChannel() + " · " + form.contact().name()
                + (form.getSubject() == null ? "" : " · " + form.getSubject().strip())
                + (form.getDescription() == null ? "" : "\n" + form.getDescription().strip());
        Acting.as(actor.login(), () -> tasks.addComment(null, complaint.getProcessInstanceId(), note));
        return complaint;
    }

    private static Map<String, Object> variables(Complaint complaint, ComplaintSla.Deadlines deadlines) {
        Map<String, Object> variables = new ComplaintProcess.Start(complaint.getId(), complaint.getRegisteredBy(),
                priority(complaint.getSeverity()), deadlines.responseDue(), deadlines.resolveDue(), deadlines.warnAt()).variables();
        variables.putAll(CaseVariables.labels(complaint.getSubject(), complaint.getCustomer().id(), complaint.getCustomer().name()));
        return variables;
    }

    /** The inbox's priority for the severity: critical first. */
    static int priority(Severity severity) {
        return switch (severity) {
            case CRITICAL -> 95;
            case HIGH -> 80;
            case MEDIUM -> 50;
            case LOW -> 25;
        };
    }
}
