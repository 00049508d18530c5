package accord.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.complaint.boundary.ComplaintIntake;
import accord.complaint.control.ComplaintRefused;
import accord.complaint.control.Registration;
import accord.complaint.entity.Category;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.ComplaintStatus;
import accord.customer.entity.Tier;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registering complaints in the real container: the complaint, its SLA and its case commit
 * together; numbers stay unique under concurrent intakes; every refusal is enforced on the server.
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer().addClasses(ComplaintIT.class, PlatformFixture.class, RegistrationTest.class);
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    ComplaintIntake intake;

    @Inject
    Directory directory;

    @Inject
    TaskService tasks;

    @Inject
    RuntimeService runtime;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService pool;

    private String agent;
    private String salesRep;
    private long keyAccount;

    @BeforeEach
    void people() {
        String service = PlatformFixture.unique("CS");
        fixture.department(service, null);
        agent = fixture.member(service, Role.CUSTOMER_SERVICE);
        salesRep = fixture.member(service);
        keyAccount = fixture.customer(Tier.A, "上海测试精密机械有限公司");
    }

    private Actor actor(String login) {
        return directory.actor(login);
    }

    private Registration form() {
        Registration form = RegistrationTest.valid();
        form.setCustomerId(keyAccount);
        return form;
    }

    @Test
    void aRegisteredComplaintHasItsNumberDeadlinesAndCase() {
        byte[] photo = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0};
        Complaint complaint = intake.register(actor(agent), form(), List.of(new ComplaintIntake.NewFile("crate.png", photo)));

        assertTrue(complaint.getNumber().matches("CMP-" + Year.now().getValue() + "-\\d{6}"), complaint.getNumber());
        assertEquals(ComplaintStatus.TRIAGE, complaint.getStatus());
        assertTrue(complaint.getResponseDue().isAfter(complaint.getRegisteredAt()));
        assertTrue(complaint.getResolveDue().isAfter(complaint.getResponseDue()), "high for a key account: 4 h, then 40 h");

        Task triage = tasks.createTaskQuery().processInstanceId(complaint.getProcessInstanceId()).singleResult();
        assertEquals("triage", triage.getTaskDefinitionKey());
        assertEquals(1, tasks.createTaskQuery().taskId(triage.getId()).taskCandidateGroup("CUSTOMER_SERVICE").count());
        assertEquals(complaint.getResponseDue(), triage.getDueDate().toInstant());
        assertEquals(complaint.getNumber(), runtime.createProcessInstanceQuery()
                .processInstanceId(complaint.getProcessInstanceId()).singleResult().getBusinessKey());
        assertEquals(complaint.getId(), runtime.getVariable(complaint.getProcessInstanceId(), "complaintId"));
        assertEquals(agent, runtime.getVariable(complaint.getProcessInstanceId(), "registeredBy"));
        assertEquals("crate.png", tasks.getProcessInstanceAttachments(complaint.getProcessInstanceId()).get(0).getName());
    }

    @Test
    void concurrentIntakesGetDistinctNumbers() throws Exception {
        int agents = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            numbers.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return intake.register(actor(agent), form(), List.of()).getNumber();
            }));
        }
        start.countDown();
        Set<String> distinct = new HashSet<>();
        for (Future<String> number : numbers) {
            distinct.add(number.get(60, TimeUnit.SECONDS));
        }
        assertEquals(agents, distinct.size(), distinct.toString());
    }

    @Test
    void onlyCustomerServiceRegistersAndTheServerChecksEveryRule() {
        assertRefused(null, "complaint.refused.notAgent", () -> intake.register(actor(salesRep), form(), List.of()));

        Registration noContact = form();
        noContact.setContactPhone(null);
        assertRefused("contactPhone", "complaint.refused.contact", () -> intake.register(actor(agent), noContact, List.of()));

        Registration unknownCustomer = form();
        unknownCustomer.setCustomerId(-1L);
        assertRefused("customer", "complaint.refused.customer", () -> intake.register(actor(agent), unknownCustomer, List.of()));

        byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        List<ComplaintIntake.NewFile> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new ComplaintIntake.NewFile("page" + i + ".pdf", pdf));
        }
        assertRefused("files", "complaint.refused.tooManyFiles", () -> intake.register(actor(agent), form(), six));
        assertRefused("files", "complaint.refused.file", () -> intake.register(actor(agent), form(),
                List.of(new ComplaintIntake.NewFile("invoice.pdf", "MZ-program".getBytes(StandardCharsets.US_ASCII)))));
    }

    @Test
    void anOpenComplaintOfTheSameCategoryIsOfferedForLinking() {
        Complaint first = intake.register(actor(agent), form(), List.of());

        List<Complaint> similar = intake.openSimilar(keyAccount, Category.DELIVERY);
        assertEquals(List.of(first.getId()), similar.stream().map(Complaint::getId).toList());
        assertTrue(intake.openSimilar(keyAccount, Category.BILLING).isEmpty());

        Registration again = form();
        again.setDescription("Called again: still no manual.");
        intake.addContact(actor(agent), first.getId(), again);
        assertNotNull(tasks.getProcessInstanceComments(first.getProcessInstanceId()).stream()
                .filter(c -> c.getFullMessage().contains("still no manual")).findFirst().orElse(null));
        assertEquals(1, intake.openSimilar(keyAccount, Category.DELIVERY).size(), "linked, not duplicated");
    }

    private static void assertRefused(String field, String messageKey, Runnable action) {
        ComplaintRefused refused = assertThrows(ComplaintRefused.class, action::run);
        assertEquals(messageKey, refused.messageKey());
        assertEquals(field, refused.field());
    }
}
