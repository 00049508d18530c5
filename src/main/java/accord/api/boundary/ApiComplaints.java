package accord.api.boundary;

import accord.api.control.Problem;
import accord.api.entity.ApiRequest;
import accord.casefile.control.StepNames;
import accord.complaint.boundary.ComplaintIntake;
import accord.complaint.control.Registration;
import accord.complaint.entity.Category;
import accord.complaint.entity.Channel;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.Severity;
import accord.customer.control.CustomerDirectory;
import accord.mail.control.MailSettings;
import accord.organisation.control.Actor;
import accord.platform.control.Secrets;
import accord.platform.control.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.flowable.engine.TaskService;

/**
 * Filing a complaint over the API, in one transaction with its idempotency record: the intake
 * page's rules (ComplaintIntake), the customer by its code, every broken field named. A key seen
 * before with the same request gives the first answer again; with another request it is refused.
 */
@ApplicationScoped
@Transactional
public class ApiComplaints {

    /** An answer to keep: its status, Location and JSON body. */
    public record Answer(int status, String location, String body) {
    }

    /** The intake's field names as the API's request names them. */
    private static final Map<String, String> FIELDS = Map.of("customer", "customerCode", "contactName", "contact.name",
            "contactPhone", "contact.phone", "contactEmail", "contact.email");

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    ComplaintIntake intake;

    @Inject
    CustomerDirectory customers;

    @Inject
    TaskService tasks;

    public Answer file(Actor actor, String key, NewComplaint request) {
        String fingerprint = fingerprint(request);
        Optional<ApiRequest> earlier = key == null ? Optional.empty() : earlier(actor.login(), key);
        if (earlier.isPresent()) {
            if (!earlier.get().getRequestHash().equals(fingerprint)) {
                throw new accord.platform.control.Refused("api.refused.idempotencyKeyReused", "key " + key + " reused");
            }
            return new Answer(earlier.get().getStatus(), earlier.get().getLocation(), earlier.get().getBody());
        }
        if (!ComplaintIntake.mayRegister(actor)) {
            throw new accord.complaint.control.ComplaintRefused(null, "complaint.refused.notAgent");
        }
        Complaint complaint = intake.register(actor, registration(request), List.of());
        Answer answer = new Answer(201, "complaints/" + complaint.getNumber(), JSON.toJson(view(complaint)));
        if (key != null) {
            em.persist(new ApiRequest(actor.login(), key, fingerprint, answer.status(), answer.location(), answer.body(), Instant.now()));
        }
        return answer;
    }

    /** The request's every field, so that a key reused for another request is told apart. */
    private static String fingerprint(NewComplaint request) {
        if (request == null) {
            return Secrets.sha256Hex("");
        }
        NewComplaint.Contact contact = request.contact() == null ? new NewComplaint.Contact(null, null, null) : request.contact();
        return Secrets.sha256Hex(String.join("\u0000", java.util.Arrays.asList(request.channel(), request.customerCode(), contact.name(),
                contact.phone(), contact.email(), request.category(), request.severity(), request.subject(), request.description(),
                request.orderNumber()).stream().map(v -> v == null ? "\u0001" : v).toList()));
    }

    /** The first answer to this caller's key, if any (after a retry that lost the race for the key). */
    public Optional<ApiRequest> earlier(String caller, String key) {
        return em.createQuery("select r from ApiRequest r where r.caller = :caller and r.idempotencyKey = :key", ApiRequest.class)
                .setParameter("caller", caller).setParameter("key", key).getResultStream().findFirst();
    }

    /** The request as the intake page's form; every field the API cannot even read (an unknown value) refused here. */
    private Registration registration(NewComplaint request) {
        if (request == null) {
            throw new ApiInvalid(List.of(new Problem.FieldError("body", Text.of("api.problem.noBody"))));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Registration form = new Registration();
        form.setChannel(value(request.channel(), Channel::valueOf, "channel", "complaint.refused.channel", errors));
        form.setCategory(value(request.category(), Category::valueOf, "category", "complaint.refused.category", errors));
        form.setSeverity(value(request.severity(), Severity::valueOf, "severity", "complaint.refused.severity", errors));
        if (request.customerCode() != null) {
            customers.byCode(request.customerCode().strip()).ifPresent(c -> form.setCustomerId(c.id()));
        }
        if (request.contact() != null) {
            form.setContactName(request.contact().name());
            form.setContactPhone(request.contact().phone());
            form.setContactEmail(request.contact().email());
        }
        form.setSubject(request.subject());
        form.setDescription(request.description());
        form.setOrderNumber(request.orderNumber());
        form.problems().stream().filter(p -> errors.stream().noneMatch(e -> e.field().equals(p.field())))
                .forEach(p -> errors.add(new Problem.FieldError(FIELDS.getOrDefault(p.field(), p.field()), Text.of(p.messageKey()))));
        if (!errors.isEmpty()) {
            throw new ApiInvalid(errors);
        }
        return form;
    }

    private static <E> E value(String text, Function<String, E> parse, String field, String messageKey, List<Problem.FieldError> errors) {
        if (text == null) {
            return null; // the form's own rule says it is required
        }
        try {
            return parse.apply(text.strip());
        } catch (IllegalArgumentException unknown) {
            errors.add(new Problem.FieldError(field, Text.of(messageKey)));
            return null;
        }
    }

    public ComplaintView view(Complaint complaint) {
        List<ComplaintView.Step> steps = tasks.createTaskQuery().processInstanceId(complaint.getProcessInstanceId()).list().stream()
                .map(t -> new ComplaintView.Step(t.getTaskDefinitionKey(), StepNames.step(t.getProcessDefinitionId(),
                        t.getTaskDefinitionKey(), t.getName()), t.getAssignee(), t.getDueDate() == null ? null : t.getDueDate().toInstant()))
                .toList();
        return new ComplaintView(complaint.getNumber(), complaint.getStatus().name(), complaint.getCustomer().code(),
                complaint.getCustomer().name(), complaint.getChannel().name(), complaint.getCategory().name(),
                complaint.getSeverity().name(), complaint.getSubject(), complaint.getRegisteredAt(), complaint.getResponseDue(),
                complaint.getResolveDue(), steps, MailSettings.current().link("complaints/view.xhtml?number=" + complaint.getNumber()));
    }
}
