package accord.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.casefile.control.CaseDiagram;
import accord.casefile.control.CaseHistory;
import accord.inbox.boundary.CaseAttachments;
import accord.inbox.boundary.SavedFilters;
import accord.inbox.boundary.TaskActions;
import accord.inbox.control.ListCounts;
import accord.inbox.control.TaskLookup;
import accord.inbox.control.TaskQueries;
import accord.inbox.control.TaskRefused;
import accord.inbox.control.TaskRows;
import accord.inbox.entity.DueFilter;
import accord.inbox.entity.PriorityLevel;
import accord.inbox.entity.SavedFilter;
import accord.inbox.entity.TaskFilter;
import accord.inbox.entity.TaskList;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.testing.Deployments;
import accord.testing.shared.SharedDeployment;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inbox in the real container: what each person's lists contain, server-side paging,
 * sorting and filtering, the claim race, and every refusal of the task rules. Each test makes
 * its own department and people, so tests do not see each other's tasks.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class InboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    TaskQueries queries;

    @Inject
    TaskRows rows;

    @Inject
    TaskActions actions;

    @Inject
    TaskLookup lookup;

    @Inject
    TaskService tasks;

    @Inject
    Directory directory;

    @Inject
    CaseHistory history;

    @Inject
    SavedFilters savedFilters;

    @Inject
    CaseAttachments attachments;

    @Inject
    CaseDiagram diagrams;

    @Inject
    ListCounts listCounts;

    // Container threads: the claims run as real concurrent requests would, each in its own transaction.
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService pool;

    private String department;
    private String head;
    private String alice;
    private String bob;
    private String starter;
    private String outsider;

    @BeforeEach
    void organisation() {
        department = PlatformFixture.unique("IB");
        fixture.department(department, null);
        head = fixture.member(department, Role.DEPT_HEAD);
        fixture.appointHead(department, head);
        alice = fixture.member(department);
        bob = fixture.member(department);
        String elsewhere = PlatformFixture.unique("IX");
        fixture.department(elsewhere, null);
        starter = fixture.member(elsewhere);
        outsider = fixture.member(elsewhere);
    }

    private Actor actor(String login) {
        return directory.actor(login);
    }

    private String startCase(String subject, Date due, int priority) {
        String caseId = fixture.startCase(starter, PlatformFixture.unique("CASE-"), subject, department, alice, due, priority);
        return tasks.createTaskQuery().processInstanceId(caseId).singleResult().getId();
    }

    private List<String> ids(Actor actor, TaskList list) {
        return queries.page(actor, list, new TaskFilter(), null, true, 0, 100).stream().map(Task::getId).toList();
    }

    @Test
    void eachListShowsWhatThePersonMaySee() {
        String task = startCase("Broken delivery", null, 50);

        assertTrue(ids(actor(alice), TaskList.TEAM).contains(task), "offered to Alice's department");
        assertTrue(ids(actor(outsider), TaskList.TEAM).isEmpty(), "not offered to other departments");
        assertTrue(ids(actor(alice), TaskList.MINE).isEmpty());
        assertTrue(ids(actor(head), TaskList.DEPARTMENT).contains(task), "the head sees the department's tasks");
        assertTrue(ids(actor(alice), TaskList.DEPARTMENT).isEmpty(), "only heads have a department list");
        assertTrue(ids(actor(starter), TaskList.INVOLVED).contains(task), "the starter follows the case");

        actions.claim(actor(alice), task);

        assertEquals(List.of(task), ids(actor(alice), TaskList.MINE));
        assertTrue(ids(actor(bob), TaskList.TEAM).isEmpty(), "a claimed task leaves the team list");
        assertTrue(ids(actor(head), TaskList.DEPARTMENT).contains(task), "held by a member: still the department's");
        assertEquals(1, queries.count(actor(alice), TaskList.MINE, new TaskFilter()));
    }

    @Test
    void theMenuCountsAgreeWithTheLists() {
        String claimed = startCase("Counted and claimed", null, 50);
        startCase("Counted and offered", null, 50);
        startCase("Counted twice offered", null, 50);
        actions.claim(actor(bob), claimed);

        for (String login : List.of(alice, bob, head, starter, outsider)) {
            for (TaskList list : TaskList.values()) {
                assertEquals(ids(actor(login), list).size(), listCounts.count(actor(login), list), login + " " + list);
            }
        }
        assertEquals(2, listCounts.count(actor(alice), TaskList.TEAM));
        assertEquals(3, listCounts.count(actor(starter), TaskList.INVOLVED));
        assertEquals(3, listCounts.ofDepartments(java.util.Set.of(department)), "offered to it or held by a member");
    }

    @Test
    void pagesSortsAndFiltersInTheEngine() {
        Date yesterday = new Date(System.currentTimeMillis() - 86_400_000L);
        Date nextMonth = new Date(System.currentTimeMillis() + 30L * 86_400_000L);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            created.add(startCase((i % 5 == 0 ? "Invoice " : "Delivery ") + i, i < 3 ? yesterday : nextMonth, i * 4));
        }
        Actor alice = actor(this.alice);

        assertEquals(25, queries.count(alice, TaskList.TEAM, new TaskFilter()));
        assertEquals(10, queries.page(alice, TaskList.TEAM, new TaskFilter(), null, true, 0, 10).size());
        assertEquals(5, queries.page(alice, TaskList.TEAM, new TaskFilter(), null, true, 20, 10).size());

        List<Task> byPriority = queries.page(alice, TaskList.TEAM, new TaskFilter(), TaskQueries.Sort.PRIORITY, false, 0, 3);
        assertEquals(List.of(96, 92, 88), byPriority.stream().map(Task::getPriority).toList());

        TaskFilter invoices = new TaskFilter();
        invoices.setText("invoice");
        assertEquals(5, queries.count(alice, TaskList.TEAM, invoices), "text matches the subject, ignoring case");

        TaskFilter overdue = new TaskFilter();
        overdue.setDue(DueFilter.OVERDUE);
        assertEquals(3, queries.count(alice, TaskList.TEAM, overdue));

        TaskFilter high = new TaskFilter();
        high.setPriority(PriorityLevel.HIGH);
        assertEquals(6, queries.count(alice, TaskList.TEAM, high), "priorities 76, 80 … 96");

        var page = rows.of(queries.page(alice, TaskList.TEAM, invoices, TaskQueries.Sort.NAME, true, 0, 10));
        assertTrue(page.stream().allMatch(row -> row.subject().startsWith("Invoice") && row.caseNumber() != null
                && "测试客户".equals(row.customer()) && "Inbox test case".equals(row.process())), page.toString());
    }

    @Test
    void whenTwoClaimAtOnceOneGetsItAndTheOtherIsTold() throws Exception {
        String task = startCase("Race", null, 50);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String person : List.of(alice, bob)) {
                Actor actor = actor(person);
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        actions.claim(actor, task);
                        return "claimed";
                    } catch (RuntimeException lost) {
                        return "lost";
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            Collections.sort(outcomes);
            assertEquals(List.of("claimed", "lost"), outcomes);
        } finally {
            go.countDown();
        }
        String holder = tasks.createTaskQuery().taskId(task).singleResult().getAssignee();
        assertTrue(List.of(alice, bob).contains(holder), "exactly one of them holds it: " + holder);
    }

    @Test
    void theRulesAreEnforcedOnTheServer() {
        String task = startCase("Rules", null, 50);

        assertRefused("task.refused.notCandidate", () -> actions.claim(actor(outsider), task));
        assertRefused("task.refused.notHolder", () -> actions.complete(actor(alice), task, null));
        assertRefused("task.refused.notYours", () -> lookup.visibleTask(task, actor(outsider)));

        actions.claim(actor(alice), task);

        assertRefused("task.refused.claimedBy", () -> actions.claim(actor(bob), task));
        assertRefused("task.refused.notHolder", () -> actions.release(actor(bob), task));
        assertRefused("task.refused.notHolder", () -> actions.complete(actor(bob), task, "not mine"));
        assertRefused("task.refused.notHead", () -> actions.reassign(actor(bob), task, bob));
        assertRefused("task.refused.notMember", () -> actions.reassign(actor(head), task, outsider));

        actions.reassign(actor(head), task, bob);
        assertEquals(bob, tasks.createTaskQuery().taskId(task).singleResult().getAssignee());

        actions.complete(actor(bob), task, "done");
        assertRefused("task.refused.doneByYou", () -> actions.complete(actor(bob), task, "twice"));
        assertRefused("task.refused.gone", () -> actions.complete(actor(head), task, "too late"));
    }

    @Test
    void completingRecordsTheStepAndTheCommentInTheCaseHistory() {
        String task = startCase("History", null, 50);
        String caseId = tasks.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        actions.claim(actor(alice), task);
        actions.comment(actor(alice), task, "Called the customer");

        actions.complete(actor(alice), task, "Looks right");

        List<CaseHistory.Entry> story = history.of(caseId);
        assertTrue(story.stream().anyMatch(e -> e.kind().equals("done") && e.actor().equals(alice)
                && e.step().equals("Review the case")), story.toString());
        assertTrue(story.stream().anyMatch(e -> e.kind().equals("comment") && e.text().equals("Looks right")
                && e.actor().equals(alice)), story.toString());
        assertEquals(starter, history.start(caseId).by());
        Task next = tasks.createTaskQuery().processInstanceId(caseId).singleResult();
        assertEquals("Approve the case", next.getName());
        assertEquals(alice, next.getAssignee());
    }

    @Test
    void theDiagramMarksTheStepsDoneAndTheCurrentOneForThoseWhoSeeTheCase() {
        String task = startCase("Diagram", null, 50);
        String caseId = tasks.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        actions.claim(actor(alice), task);
        actions.complete(actor(alice), task, null);

        CaseDiagram.Diagram diagram = diagrams.of(caseId).orElseThrow();
        assertEquals(java.util.Set.of("approve"), diagram.current());
        assertEquals(java.util.Set.of("start", "review"), diagram.done());
        assertEquals(java.util.Set.of("toReview", "toApprove"), diagram.flowsTaken());
        assertTrue(diagram.bpmnXml().contains("BPMNDiagram"), "the deployed BPMN with its drawing");

        assertTrue(lookup.canSeeCase(actor(starter), caseId));
        assertTrue(lookup.canSeeCase(actor(head), caseId), "the head sees the department's open task");
        assertFalse(lookup.canSeeCase(actor(outsider), caseId));
        String approve = tasks.createTaskQuery().processInstanceId(caseId).singleResult().getId();
        actions.complete(actor(alice), approve, null);
        assertTrue(lookup.canSeeCase(actor(starter), caseId), "a finished case stays visible to who took part");
        assertTrue(diagrams.of(caseId).orElseThrow().current().isEmpty());
        assertTrue(diagrams.of(caseId).orElseThrow().done().containsAll(java.util.Set.of("approve", "end")));
    }

    @Test
    void aDelegatedTaskReturnsToItsOwner() {
        String task = startCase("Delegation", null, 50);
        actions.claim(actor(alice), task);

        actions.delegate(actor(alice), task, bob);
        assertTrue(ids(actor(bob), TaskList.MINE).contains(task));
        assertRefused("task.refused.notHolder", () -> actions.release(actor(bob), task));

        actions.complete(actor(bob), task, "Prepared the figures");

        Task back = tasks.createTaskQuery().taskId(task).singleResult();
        assertEquals(alice, back.getAssignee(), "resolved, not completed: back with the owner");
    }

    @Test
    void savedFiltersBelongToTheirOwnerAndOneIsTheDefault() {
        TaskFilter overdueInvoices = new TaskFilter();
        overdueInvoices.setText("invoice");
        overdueInvoices.setDue(DueFilter.OVERDUE);
        SavedFilter first = savedFilters.save(alice, "Overdue invoices", TaskList.TEAM, overdueInvoices, true);

        assertEquals("invoice", savedFilters.defaultOf(alice).orElseThrow().filter().getText());
        assertEquals(TaskList.TEAM, savedFilters.defaultOf(alice).orElseThrow().getList());

        savedFilters.save(alice, " Overdue invoices ", TaskList.MINE, new TaskFilter(), false);
        assertEquals(1, savedFilters.of(alice).size(), "the same name replaces the filter");
        assertEquals(TaskList.MINE, savedFilters.of(alice).get(0).getList());
        assertTrue(savedFilters.of(alice).get(0).isDefault(), "still the default");

        savedFilters.save(alice, "High priority", TaskList.TEAM, new TaskFilter(), true);
        assertEquals("High priority", savedFilters.defaultOf(alice).orElseThrow().getName(), "one default only");

        assertRefused("filter.refused.notYours", () -> savedFilters.find(bob, first.getId()));
        assertRefused("filter.refused.notYours", () -> savedFilters.delete(bob, first.getId()));
        assertTrue(savedFilters.of(bob).isEmpty());

        savedFilters.delete(alice, first.getId());
        assertEquals(List.of("High priority"), savedFilters.of(alice).stream().map(SavedFilter::getName).toList());
    }

    @Test
    void filesAreAttachedToTheCaseForThoseWhoSeeIt() throws Exception {
        String task = startCase("Files", null, 50);
        actions.claim(actor(alice), task);
        byte[] pdf = "%PDF-1.4 quotation".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        String id = actions.attach(actor(alice), task, "C:\\temp\\报价单.pdf", pdf);

        var attachment = attachments.visible(actor(starter), id);
        assertEquals("报价单.pdf", attachment.getName());
        assertEquals("application/pdf", attachment.getType());
        try (var content = attachments.content(attachment)) {
            assertTrue(java.util.Arrays.equals(pdf, content.readAllBytes()));
        }
        assertRefused("attachment.refused.notYours", () -> attachments.visible(actor(outsider), id));
        assertRefused("task.refused.notYours", () -> actions.attach(actor(outsider), task, "x.pdf", pdf));
        assertRefused("attachment.refused.type", () -> actions.attach(actor(alice), task, "run.pdf", "MZ....".getBytes()));
        assertRefused("attachment.refused.size", () -> actions.attach(actor(alice), task, "empty.pdf", new byte[0]));
    }

    private static void assertRefused(String messageKey, Runnable action) {
        TaskRefused refused = assertThrows(TaskRefused.class, action::run);
        assertEquals(messageKey, refused.messageKey());
    }
}
