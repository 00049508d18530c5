package accord.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import accord.calendar.boundary.CalendarAdmin;
import accord.calendar.entity.CalendarDay;
import accord.complaint.ComplaintFixture;
import accord.customer.boundary.Contacts;
import accord.customer.boundary.Customers;
import accord.customer.boundary.Merges;
import accord.customer.boundary.Reassignment;
import accord.customer.control.CustomerRecord;
import accord.customer.entity.Tier;
import accord.deputy.boundary.OutOfOffice;
import accord.grading.boundary.GradeLadderKeeper;
import accord.grading.boundary.RecordKeeper;
import accord.handoff.boundary.HandoffRequests;
import accord.handoff.boundary.HandoffSteps;
import accord.handoff.control.RequestForm;
import accord.handoff.entity.HandoffKind;
import accord.inbox.boundary.SavedFilters;
import accord.inbox.boundary.TaskActions;
import accord.inbox.control.TaskLookup;
import accord.inbox.entity.TaskFilter;
import accord.inbox.entity.TaskList;
import accord.intake.boundary.InboundMails;
import accord.keyaccount.boundary.AccountFigures;
import accord.keyaccount.boundary.FigureImporter;
import accord.keyaccount.boundary.ReviewStarts;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.platform.control.Refused;
import accord.security.control.ApiTokens;
import accord.testing.Deployments;
import accord.testing.shared.SharedDeployment;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.flowable.engine.TaskService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every refusal of someone else's work, walked as a matrix of who × what × whose: each row is tried
 * by a person of that role on a colleague's object, and must be both refused (with the reason the
 * person is shown) and a line of the audit trail (with the same reason), though the action itself
 * rolls back. Each row has a person of its own, so a line can only have come from that row.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class RefusalMatrixIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    AuditFixture audit;

    @Inject
    PlatformFixture people;

    @Inject
    Directory directory;

    @Inject
    TaskService tasks;

    @Inject
    TaskLookup lookup;

    @Inject
    TaskActions taskActions;

    @Inject
    HandoffRequests handoffRequests;

    @Inject
    HandoffSteps handoffSteps;

    @Inject
    ComplaintFixture complaints;

    @Inject
    InboundMails mailbox;

    @Inject
    CalendarAdmin calendar;

    @Inject
    ApiTokens apiTokens;

    @Inject
    SavedFilters savedFilters;

    @Inject
    Customers customers;

    @Inject
    Contacts contacts;

    @Inject
    Merges merges;

    @Inject
    Reassignment reassignment;

    @Inject
    AccountFigures figures;

    @Inject
    ReviewStarts reviews;

    @Inject
    FigureImporter figureImporter;

    @Inject
    OutOfOffice outOfOffice;

    @Inject
    GradeLadderKeeper ladder;

    @Inject
    RecordKeeper records;

    /** One cell of the matrix: who tries, what, and the reason they must be refused with. */
    private record Attempt(String who, String what, String reason, Consumer<String> tryAs, String actor) {
    }

    @Test
    void everyRefusalOfSomeoneElsesWorkIsRefusedAndOnTheRecord() {
        String sales = PlatformFixture.unique("SL");
        String support = PlatformFixture.unique("TS");
        String other = PlatformFixture.unique("OT");
        people.department(sales, null);
        people.department(support, null);
        people.department(other, null);
        String colleague = people.member(sales);
        String supportHead = people.member(support, Role.DEPT_HEAD);
        people.appointHead(support, supportHead);
        String otherHead = people.member(other, Role.DEPT_HEAD);
        people.appointHead(other, otherHead);

        String offeredTask = taskOf(people.startCase(colleague, PlatformFixture.unique("IT"), "报价复核", support, supportHead, null, 50));
        var handoff = handoffRequests.request(directory.actor(colleague), handoffForm(support), List.of());
        String approval = taskOf(handoff.getProcessInstanceId());
        long customer = people.customer(Tier.B, "华东精密机械", colleague);
        long secondCustomer = people.customer(Tier.C, "华东精密机械（重复）", colleague);
        String customerCode = people.codeOf(customer);
        long filter = savedFilters.save(colleague, "我的逾期", TaskList.MINE, new TaskFilter(), false).getId();
        long absence = people.absence(colleague, people.member(sales), LocalDate.now(ZONE).plusDays(3), LocalDate.now(ZONE).plusDays(5));
        long colleagueId = directory.employee(colleague).orElseThrow().id();

        List<Attempt> matrix = List.of(
                attempt("staff", "open a task offered to another department", "task.refused.notYours", sales,
                        me -> lookup.visibleTask(offeredTask, directory.actor(me))),
                attempt("staff", "claim a task offered to another department", "task.refused.notCandidate", sales,
                        me -> taskActions.claim(directory.actor(me), offeredTask)),
                attempt("staff", "use a task id that never was", "task.refused.gone", sales,
                        me -> taskActions.claim(directory.actor(me), "no-such-task-" + me)),
                attemptBy("head of another department", "decide a handoff sent to support", "handoff.refused.notYourStep", otherHead,
                        me -> handoffSteps.decide(directory.actor(me), approval,
                                new HandoffSteps.Approval(HandoffSteps.Decision.APPROVE, supportHead, null, "ok"))),
                attempt("staff", "register a complaint", "complaint.refused.notAgent", sales,
                        me -> complaints.register(me, customer)),
                attempt("staff", "register a complaint from the service mailbox", "complaint.refused.notAgent", sales,
                        me -> mailbox.register(directory.actor(me), 1L, customer)),
                attempt("staff", "make a day a holiday", "calendar.refused.notAdmin", sales,
                        me -> calendar.add(directory.actor(me), LocalDate.now(ZONE).plusDays(30), CalendarDay.Kind.HOLIDAY, "加班")),
                attempt("staff", "issue an API token for a colleague", "apiToken.refused.owner", sales,
                        me -> apiTokens.issue(directory.actor(me), colleague, "导出")),
                attempt("staff", "open a colleague's saved filter", "filter.refused.notYours", sales,
                        me -> savedFilters.find(me, filter)),
                attempt("sales manager of another team", "edit a customer of a colleague", "customers.refused.notAllowed", other,
                        me -> customers.edit(directory.actor(me), customerCode, new CustomerRecord("改名", null, null, null, null)),
                        Role.SALES_MANAGER),
                attempt("staff", "add a contact to a colleague's customer", "figures.refused.notAccountManager", sales,
                        me -> contacts.add(directory.actor(me), customer, new Contacts.NewContact("李四", null, "+86 21 5555 0199", null, false))),
                attempt("staff", "enter a colleague's customer's figures", "figures.refused.notAccountManager", sales,
                        me -> figures.enter(directory.actor(me), customer, 2026, List.of(new AccountFigures.Quarter(1, BigDecimal.TEN, BigDecimal.ONE)))),
                attempt("staff", "change a customer's tier", "figures.refused.notDirector", sales,
                        me -> figures.retier(directory.actor(me), customer, Tier.A, "大客户")),
                attempt("staff", "merge two customers", "merge.refused.notAllowed", sales,
                        me -> merges.merge(directory.actor(me), customerCode, people.codeOf(secondCustomer))),
                attempt("staff", "move a colleague's accounts", "customers.refused.notAllowed", sales,
                        me -> reassignment.reassignAll(directory.actor(me), colleague, me)),
                attempt("staff", "start a review", "review.refused.notManager", sales,
                        me -> reviews.startByHand(directory.actor(me), customer)),
                attempt("staff", "import sales figures", "figures.refused.notManager", sales,
                        me -> figureImporter.importFile(directory.actor(me), "figures.csv", "code,year\n".getBytes(StandardCharsets.UTF_8))),
                attempt("staff", "end a colleague's absence", "absence.refused.notYours", sales,
                        me -> outOfOffice.end(directory.actor(me), absence)),
                attempt("staff", "change the grade ladder", "grades.refused.notHr", sales,
                        me -> ladder.update(directory.actor(me), "S1", null)),
                attempt("staff", "record a colleague's activity", "records.refused.notYours", sales,
                        me -> records.recordActivity(directory.actor(me), colleagueId, null, 3, 5)),
                attempt("staff", "record a colleague's training", "records.refused.notHr", sales,
                        me -> records.addTraining(directory.actor(me), colleagueId, "谈判技巧", LocalDate.now(ZONE))));

        List<String> expected = new ArrayList<>();
        List<String> observed = new ArrayList<>();
        for (Attempt attempt : matrix) {
            String row = attempt.who() + " | " + attempt.what() + " | ";
            expected.add(row + "refused: " + attempt.reason() + " | recorded: " + attempt.reason());
            observed.add(row + "refused: " + refusalOf(attempt) + " | recorded: " + recordedReasonOf(attempt.actor()));
        }
        assertEquals(String.join("\n", expected), String.join("\n", observed));
    }

    /** The attempt made by a fresh person of that role in that department. */
    private Attempt attempt(String who, String what, String reason, String department, Consumer<String> tryAs, Role... roles) {
        return new Attempt(who, what, reason, tryAs, people.member(department, roles));
    }

    /** The attempt made by a given person (who tries nothing else). */
    private static Attempt attemptBy(String who, String what, String reason, String actor, Consumer<String> tryAs) {
        return new Attempt(who, what, reason, tryAs, actor);
    }

    private String refusalOf(Attempt attempt) {
        try {
            attempt.tryAs().accept(attempt.actor());
            return "allowed";
        } catch (Refused refused) {
            return refused.messageKey();
        } catch (RuntimeException other) {
            return other.getClass().getSimpleName() + ": " + other.getMessage();
        }
    }

    /** The reason of the person's ACCESS_REFUSED line, one expected (else all their lines, to say what was there). */
    private String recordedReasonOf(String actor) {
        List<String> reasons = audit.refusalReasons(actor);
        return reasons.size() == 1 && audit.linesOf(actor).size() == 1 ? reasons.get(0) : audit.linesOf(actor).toString();
    }

    private String taskOf(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }

    private static RequestForm handoffForm(String target) {
        RequestForm form = new RequestForm();
        form.setTargetDepartment(target);
        form.setKind(HandoffKind.TECHNICAL_PROPOSAL);
        form.setSubject("二号线技术方案");
        form.setDetails("客户需要二号生产线的技术方案。");
        form.setAcceptanceCriteria("覆盖二号线");
        form.setNeededBy(LocalDate.now(ZONE).plusDays(10));
        return form;
    }
}
