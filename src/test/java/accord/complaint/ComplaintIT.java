package accord.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.calendar.entity.CalendarDay;
import accord.casefile.control.NewFile;
import accord.complaint.boundary.ComplaintIntake;
import accord.complaint.boundary.ComplaintSteps;
import accord.complaint.control.ComplaintRefused;
import accord.complaint.control.ComplaintRegister;
import accord.complaint.control.RegisterFilter;
import accord.complaint.control.Registration;
import accord.complaint.entity.Category;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.ComplaintStatus;
import accord.complaint.entity.Severity;
import accord.customer.entity.Tier;
import accord.inbox.control.TaskRefused;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.testing.Deployments;
import accord.testing.Eventually;
import accord.testing.shared.SharedDeployment;
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
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class ComplaintIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintSteps steps;

    @Inject
    ComplaintLookup complaints;

    @Inject
    ComplaintRegister register;

    @Inject
    accord.inbox.control.TaskLookup lookup;

    @Inject
    accord.calendar.boundary.CalendarAdmin calendarAdmin;

    @Inject
    accord.calendar.control.WorkingCalendar calendar;

    @Inject
    Directory directory;

    @Inject
    TaskService tasks;

    @Inject
    RuntimeService runtime;

    @Inject
    org.flowable.engine.ManagementService management;

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
        Complaint complaint = intake.register(actor(agent), form(), List.of(new NewFile("crate.png", photo)));

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
        List<NewFile> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new NewFile("page" + i + ".pdf", pdf));
        }
        assertRefused("files", "complaint.refused.tooManyFiles", () -> intake.register(actor(agent), form(), six));
        assertRefused("files", "complaint.refused.file", () -> intake.register(actor(agent), form(),
                List.of(new NewFile("invoice.pdf", "MZ-program".getBytes(StandardCharsets.US_ASCII)))));
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

    private Task taskOf(Complaint complaint) {
        return tasks.createTaskQuery().processInstanceId(complaint.getProcessInstanceId()).singleResult();
    }

    private Complaint reloaded(Complaint complaint) {
        return complaints.find(complaint.getId());
    }

    @Test
    void eachStepChangesTheComplaintWithTheTaskAndTheRulesAreChecked() {
        Complaint complaint = intake.register(actor(agent), form(), List.of());
        String techSupport = PlatformFixture.unique("TS");
        fixture.department(techSupport, null);
        String head = fixture.member(techSupport, Role.DEPT_HEAD);
        fixture.appointHead(techSupport, head);
        String engineer = fixture.member(techSupport);

        Task triage = taskOf(complaint);
        tasks.claim(triage.getId(), agent);
        assertRefused("department", "complaint.refused.department", () -> steps.triage(actor(agent), triage.getId(),
                new ComplaintSteps.Triage(Category.DELIVERY, Severity.HIGH, null, false, null, null)));
        steps.triage(actor(agent), triage.getId(),
                new ComplaintSteps.Triage(Category.DELIVERY, Severity.CRITICAL, techSupport, false, null, null));
        Complaint triaged = reloaded(complaint);
        assertEquals(ComplaintStatus.RESOLVING, triaged.getStatus());
        assertEquals(techSupport, triaged.getDepartmentCode());
        assertTrue(triaged.getResolveDue().isBefore(complaint.getResolveDue()), "critical: a shorter SLA");
        assertEquals(head, runtime.getVariable(complaint.getProcessInstanceId(), "departmentHead"));

        Task resolve = taskOf(complaint);
        assertEquals(1, tasks.createTaskQuery().taskId(resolve.getId()).taskCandidateGroup(techSupport).count());
        TaskRefused notHolder = assertThrows(TaskRefused.class, () -> steps.resolve(actor(engineer), resolve.getId(),
                resolution(ComplaintSteps.Outcome.ASK_INFO)));
        assertEquals("task.refused.notHolder", notHolder.messageKey(), "claim first");
        tasks.claim(resolve.getId(), engineer);
        steps.resolve(actor(engineer), resolve.getId(), resolution(ComplaintSteps.Outcome.ASK_INFO));
        assertEquals(ComplaintStatus.WAITING_FOR_INFORMATION, reloaded(complaint).getStatus());
        assertNotNull(reloaded(complaint).getPausedAt(), "the clock stopped");

        Task question = taskOf(complaint);
        assertEquals(agent, question.getAssignee());
        steps.answer(actor(agent), question.getId(), "Delivered on 16 Nov by SF Express.");
        Complaint answered = reloaded(complaint);
        assertEquals(ComplaintStatus.RESOLVING, answered.getStatus());
        assertTrue(!answered.getResolveDue().isBefore(triaged.getResolveDue()), "the deadline moved by the time waited");

        Task again = taskOf(complaint);
        tasks.claim(again.getId(), engineer);
        assertRefused("rootCause", "complaint.refused.rootCause", () -> steps.resolve(actor(engineer), again.getId(),
                new ComplaintSteps.Resolution(ComplaintSteps.Outcome.RESOLVED, null, null, "x", null, "y", null, null, null)));
        steps.resolve(actor(engineer), again.getId(), resolution(ComplaintSteps.Outcome.RESOLVED));
        assertEquals(ComplaintStatus.CALL_BACK, reloaded(complaint).getStatus());

        Task callBack = taskOf(complaint);
        assertRefused("customerWords", "complaint.refused.customerWords", () -> steps.callBack(actor(agent),
                callBack.getId(), new ComplaintSteps.CallBack(false, 2, " ")));
        steps.callBack(actor(agent), callBack.getId(), new ComplaintSteps.CallBack(true, 5, null));
        Complaint closed = complaints.find(complaint.getId());
        assertEquals(ComplaintStatus.CLOSED, closed.getStatus());
        assertEquals(5, closed.getSatisfaction());
        assertNotNull(closed.getClosedAt());
        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceId(complaint.getProcessInstanceId()).count());

        ComplaintRegister.Stats stats = register.stats(actor(agent), java.time.ZoneId.of("Asia/Shanghai"));
        assertTrue(stats.closedLast30Days() >= 1);
        assertTrue(stats.onTimeLast30Days() >= 1, "closed well before its deadline");
        assertNotNull(stats.meanTimeToResolve());
        assertNotNull(stats.averageSatisfaction());
        assertTrue(stats.topCategories().stream().anyMatch(e -> e.getKey() == Category.DELIVERY));
        assertEquals(0, register.stats(actor(engineer), java.time.ZoneId.of("Asia/Shanghai")).closedLast30Days()
                - register.page(actor(engineer), closedOnes(), java.time.ZoneId.of("Asia/Shanghai"), null, true, 0, 1000).size(),
                "the figures count what the person may see, as the table does");
    }

    private static RegisterFilter closedOnes() {
        RegisterFilter filter = new RegisterFilter();
        filter.setStatus(ComplaintStatus.CLOSED);
        return filter;
    }

    @Test
    void theRegisterShowsEachPersonOnlyWhatTheyMaySeeAndFiltersInTheDatabase() {
        String sales = PlatformFixture.unique("SL");
        fixture.department(sales, null);
        String manager = fixture.member(sales);
        String stranger = fixture.member(sales);
        long managed = fixture.customer(Tier.B, "经理的客户", manager);
        Registration mine = form();
        mine.setCustomerId(managed);
        mine.setSubject("Billing question " + sales);
        mine.setCategory(Category.BILLING);
        Complaint ofManagedCustomer = intake.register(actor(agent), mine, List.of());
        Complaint other = intake.register(actor(agent), form(), List.of());
        RegisterFilter all = new RegisterFilter();
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");

        List<Long> seenByAgent = register.page(actor(agent), all, zone, null, true, 0, 1000).stream().map(Complaint::getId).toList();
        assertTrue(seenByAgent.containsAll(List.of(ofManagedCustomer.getId(), other.getId())), "customer service sees all");
        assertEquals(List.of(ofManagedCustomer.getId()),
                register.page(actor(manager), all, zone, null, true, 0, 1000).stream().map(Complaint::getId).toList(),
                "an account manager sees their customers' complaints only");
        assertEquals(0, register.count(actor(stranger), all, zone), "nobody else sees any");
        assertTrue(register.visible(actor(manager), ofManagedCustomer.getNumber()).isPresent());
        assertTrue(register.visible(actor(stranger), ofManagedCustomer.getNumber()).isEmpty(), "not by number either");
        assertTrue(lookup.canSeeCase(actor(manager), ofManagedCustomer.getProcessInstanceId()),
                "the account manager may see its case: history, files, diagram");
        assertFalse(lookup.canSeeCase(actor(stranger), ofManagedCustomer.getProcessInstanceId()));

        RegisterFilter billing = new RegisterFilter();
        billing.setCategory(Category.BILLING);
        billing.setText(sales.toLowerCase());
        assertEquals(List.of(ofManagedCustomer.getId()),
                register.page(actor(agent), billing, zone, null, true, 0, 10).stream().map(Complaint::getId).toList());
        RegisterFilter late = new RegisterFilter();
        late.setLate(true);
        late.setText(sales);
        assertEquals(0, register.count(actor(agent), late, zone), "just registered: not late");
    }

    @Test
    void atTheDeadlineTheComplaintIsFlaggedAndTheHeadGetsAnEscalation() {
        Complaint complaint = intake.register(actor(agent), form(), List.of());
        String techSupport = PlatformFixture.unique("TS");
        fixture.department(techSupport, null);
        String head = fixture.member(techSupport, Role.DEPT_HEAD);
        fixture.appointHead(techSupport, head);
        Task triage = taskOf(complaint);
        tasks.claim(triage.getId(), agent);
        steps.triage(actor(agent), triage.getId(),
                new ComplaintSteps.Triage(Category.DELIVERY, Severity.HIGH, techSupport, false, null, null));

        // The deadline's timer made due now; the portal's job executor runs it, in its own transaction.
        var deadline = management.createTimerJobQuery().processInstanceId(complaint.getProcessInstanceId())
                .elementId("breachTimer").singleResult();
        management.moveTimerToExecutableJob(deadline.getId());
        Eventually.until(() -> complaints.find(complaint.getId()).isBreached());

        assertTrue(complaints.find(complaint.getId()).isBreached());
        Task escalation = tasks.createTaskQuery().processInstanceId(complaint.getProcessInstanceId())
                .taskDefinitionKey("handleBreach").singleResult();
        assertEquals(head, escalation.getAssignee());
        assertEquals(1, tasks.createTaskQuery().processInstanceId(complaint.getProcessInstanceId())
                .taskDefinitionKey("resolve").count(), "the resolve task stays open");
    }

    @Test
    void theCustomerWithdrawsAndTheCaseEndsAtItsStep() {
        Complaint complaint = intake.register(actor(agent), form(), List.of());

        assertRefused("withdrawReason", "complaint.refused.withdrawReason",
                () -> steps.withdraw(actor(agent), complaint.getId(), " "));
        assertRefused(null, "complaint.refused.notAgent", () -> steps.withdraw(actor(salesRep), complaint.getId(), "no"));
        steps.withdraw(actor(agent), complaint.getId(), "Solved it themselves.");

        Complaint withdrawn = complaints.find(complaint.getId());
        assertEquals(ComplaintStatus.WITHDRAWN, withdrawn.getStatus());
        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceId(complaint.getProcessInstanceId()).count());
        assertRefused(null, "complaint.refused.notOpen", () -> steps.withdraw(actor(agent), complaint.getId(), "again"));
    }

    @Test
    void holidaysKeptByAdminCountInTheWorkingTime() {
        String it = PlatformFixture.unique("AD");
        fixture.department(it, null);
        String admin = fixture.member(it, Role.ADMIN);
        java.time.LocalDate monday = java.time.LocalDate.of(2099, 6, 1);
        java.time.LocalDate saturday = monday.plusDays(5);
        assertTrue(calendar.workingTime().isWorkingDay(monday));

        assertEquals("calendar.refused.notAdmin", assertThrows(accord.platform.control.Refused.class,
                () -> calendarAdmin.add(actor(agent), monday, CalendarDay.Kind.HOLIDAY, "Test day")).messageKey());
        assertEquals("calendar.refused.workdayOnWeekday", assertThrows(accord.platform.control.Refused.class,
                () -> calendarAdmin.add(actor(admin), monday, CalendarDay.Kind.WORKDAY, "Test day")).messageKey());
        calendarAdmin.add(actor(admin), monday, CalendarDay.Kind.HOLIDAY, "Test holiday");
        calendarAdmin.add(actor(admin), saturday, CalendarDay.Kind.WORKDAY, "Test make-up day");
        try {
            assertFalse(calendar.workingTime().isWorkingDay(monday), "the holiday counts at once");
            assertTrue(calendar.workingTime().isWorkingDay(saturday), "the worked Saturday counts");
        } finally {
            calendarAdmin.remove(actor(admin), monday);
            calendarAdmin.remove(actor(admin), saturday);
        }
        assertTrue(calendar.workingTime().isWorkingDay(monday));
    }

    private static ComplaintSteps.Resolution resolution(ComplaintSteps.Outcome outcome) {
        return new ComplaintSteps.Resolution(outcome, accord.complaint.entity.RootCause.LOGISTICS, "Manual not packed",
                "Manual sent by courier", "Packing checklist updated", "We sent the manual; it arrives tomorrow.",
                "When was it delivered?", null, null);
    }

    private static void assertRefused(String field, String messageKey, Runnable action) {
        ComplaintRefused refused = assertThrows(ComplaintRefused.class, action::run);
        assertEquals(messageKey, refused.messageKey());
        assertEquals(field, refused.field());
    }
}
