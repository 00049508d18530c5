package accord.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.mail.boundary.MailSender;
import accord.mail.entity.MailKind;
import accord.mail.entity.MailState;
import accord.mail.entity.OutboxMail;
import accord.platform.PlatformFixture;
import accord.testing.Deployments;
import accord.testing.TestMailServer;
import accord.testing.shared.SharedDeployment;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail in the real container, sent to a real SMTP server (GreenMail): a step's mail is written in
 * its transaction and arrives once, in the recipient's language, with a link to the exact task; a
 * step that rolls back writes none; a mail server that is down is tried again until it is back; a
 * task that goes on to a deputy is told to the deputy only; nobody is told of a task they took.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class MailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    MailSender sender;

    @Inject
    TestMailServer mailServer;

    @Inject
    TaskService tasks;

    @Inject
    accord.mail.boundary.MailPreferences preferences;

    @Inject
    accord.mail.boundary.OutboxRetention retention;

    @Inject
    org.eclipse.microprofile.metrics.MetricRegistry metrics;

    @Inject
    accord.complaint.ComplaintFixture complaintFixture;

    @Inject
    accord.complaint.boundary.ComplaintSteps complaintSteps;

    @Inject
    org.flowable.engine.ManagementService management;

    @Inject
    accord.organisation.control.Directory directory;

    @Inject
    accord.proposal.boundary.Proposals proposals;

    @Inject
    accord.proposal.boundary.ProposalSteps proposalSteps;

    @Inject
    accord.mail.boundary.DigestRound digests;

    @PersistenceContext
    EntityManager em;

    private String team;

    @BeforeEach
    void team() {
        team = PlatformFixture.unique("ML");
        fixture.department(team, null);
    }

    private List<OutboxMail> outboxOf(String login) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :login order by m.id", OutboxMail.class)
                .setParameter("login", login).getResultList();
    }

    /** A case whose first step nobody is offered (an empty group), done at once: its approval goes to the person. */
    private String approvalFor(String approver, String subject) {
        String caseId = fixture.startCase(fixture.member(team), PlatformFixture.unique("IT-"), subject, PlatformFixture.unique("NOBODY"),
                approver, null, 50);
        tasks.complete(tasks.createTaskQuery().processInstanceId(caseId).singleResult().getId());
        return caseId;
    }

    private static String text(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        BodyPart plain = parts.getBodyPart(0);
        return plain.getContent().toString();
    }

    @Test
    void aTaskOfferedAndThenGivenIsMailedOnceInEachPersonsLanguageWithItsLink() throws Exception {
        String english = fixture.withMail(team, "en");
        String chinese = fixture.withMail(team, "zh-CN");
        String elsewhere = PlatformFixture.unique("MA");
        fixture.department(elsewhere, null);
        String approver = fixture.withMail(elsewhere, "en");
        String number = PlatformFixture.unique("IT-");
        String caseId = fixture.startCase(chinese, number, "Line 2 retrofit", team, approver, null, 50);

        assertEquals(1, outboxOf(english).size(), "offered to the team: told");
        assertEquals(0, outboxOf(chinese).size(), "the starter is not told of their own case's step");
        Task review = tasks.createTaskQuery().processInstanceId(caseId).singleResult();
        accord.workflow.control.Acting.as(english, () -> tasks.claim(review.getId(), english));
        assertEquals(1, outboxOf(english).size(), "nobody is told of a task they took themselves");
        tasks.complete(review.getId());
        Task approval = tasks.createTaskQuery().processInstanceId(caseId).singleResult();
        OutboxMail written = outboxOf(approver).get(0);
        assertEquals(MailKind.TASK_ASSIGNED, written.getKind());
        assertEquals(MailState.PENDING, written.getState());
        long sentBefore = metrics.counter("accord.mails.sent").getCount();

        sender.sendDue();
        assertTrue(metrics.counter("accord.mails.sent").getCount() >= sentBefore + 2, "counted for /metrics");

        List<MimeMessage> arrived = mailServer.receivedBy(approver + "@accord.test");
        assertEquals(1, arrived.size());
        assertEquals("Task for you: Approve the case " + number, arrived.get(0).getSubject());
        String body = text(arrived.get(0));
        assertTrue(body.contains("https://accord.test/inbox/task.xhtml?id=" + approval.getId()), body);
        assertTrue(body.contains("Line 2 retrofit") && body.contains("测试客户"), body);
        assertEquals(MailState.SENT, outboxOf(approver).get(0).getState());
        List<MimeMessage> offered = mailServer.receivedBy(english + "@accord.test");
        assertEquals(1, offered.size());
        assertTrue(offered.get(0).getSubject().startsWith("Task to take: Review the case"), offered.get(0).getSubject());
        sender.sendDue();
        assertEquals(1, mailServer.receivedBy(approver + "@accord.test").size(), "sent once");
    }

    @Test
    void aStepThatRollsBackWritesNoMail() {
        String member = fixture.withMail(team, "zh-CN");
        assertThrows(RuntimeException.class, () -> fixture.startCaseAndFail(fixture.member(team), team));
        assertEquals(List.of(), outboxOf(member));
    }

    @Test
    void aMailServerThatIsDownIsTriedAgainUntilItIsBack() throws Exception {
        String approver = fixture.withMail(team, "zh-CN");
        approvalFor(approver, "服务器宕机");
        String address = approver + "@accord.test";
        mailServer.down();
        try {
            sender.sendDue();
            OutboxMail failed = outboxOf(approver).get(0);
            assertEquals(MailState.PENDING, failed.getState());
            assertEquals(1, failed.getAttempts());
            assertNotNull(failed.getLastError());
            assertTrue(failed.getNextAttemptAt().isAfter(java.time.Instant.now()), "tried again later, not at once");
        } finally {
            mailServer.up();
        }
        sender.sendDue();
        assertEquals(0, mailServer.receivedBy(address).size(), "not before its next attempt is due");
        fixture.mailsDueNow();
        sender.sendDue();
        List<MimeMessage> arrived = mailServer.receivedBy(address);
        assertEquals(1, arrived.size());
        assertTrue(arrived.get(0).getSubject().startsWith("您的任务："), arrived.get(0).getSubject());
        assertEquals(MailState.SENT, outboxOf(approver).get(0).getState());
    }

    @Test
    void aTaskForSomeoneAwayIsMailedToTheirDeputyOnlyAndSomeoneWithoutAddressIsNoted() {
        String away = fixture.withMail(team, "en");
        String deputy = fixture.withMail(team, "en");
        fixture.absence(away, deputy, LocalDate.now().minusDays(1), LocalDate.now().plusDays(2));
        approvalFor(away, "While away");
        assertEquals(List.of(), outboxOf(away));
        assertEquals(1, outboxOf(deputy).size());

        String noAddress = fixture.member(team);
        approvalFor(noAddress, "No address");
        assertEquals(MailState.NO_ADDRESS, outboxOf(noAddress).get(0).getState());
    }

    @Test
    void eachPersonChoosesMailNowTheDigestOrThePortalOnlyAndQuietHours() throws Exception {
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        String portalOnly = fixture.withMail(team, "en");
        preferences.choose(portalOnly, java.util.Map.of(MailKind.TASK_ASSIGNED, accord.mail.entity.Delivery.PORTAL), null, null);
        approvalFor(portalOnly, "Portal only");
        assertEquals(List.of(), outboxOf(portalOnly), "no mail: the inbox shows it");

        String sleeping = fixture.withMail(team, "en");
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(shanghai);
        int until = (now.getHour() + 2) % 24;
        preferences.choose(sleeping, java.util.Map.of(), now.getHour(), until);
        approvalFor(sleeping, "Quiet please");
        OutboxMail waiting = outboxOf(sleeping).get(0);
        java.time.ZonedDateTime end = now.withHour(until).withMinute(0).withSecond(0).withNano(0);
        assertEquals((end.isAfter(now) ? end : end.plusDays(1)).toInstant(), waiting.getNextAttemptAt(), "held until the quiet hours end");
        sender.sendDue();
        assertEquals(0, mailServer.receivedBy(sleeping + "@accord.test").size());

        String digested = fixture.withMail(team, "en");
        preferences.choose(digested, java.util.Map.of(MailKind.TASK_ASSIGNED, accord.mail.entity.Delivery.DIGEST), null, null);
        approvalFor(digested, "First of the day");
        approvalFor(digested, "Second of the day");
        assertEquals(List.of(MailState.HELD_FOR_DIGEST, MailState.HELD_FOR_DIGEST),
                outboxOf(digested).stream().map(OutboxMail::getState).toList());
        LocalDate tomorrow = LocalDate.now(shanghai).plusDays(1);
        assertEquals(0, digests.run(tomorrow.atTime(7, 0).atZone(shanghai).toInstant()), "not before the digest hour");
        digests.run(tomorrow.atTime(8, 5).atZone(shanghai).toInstant());
        digests.run(tomorrow.atTime(9, 0).atZone(shanghai).toInstant());
        List<OutboxMail> after = outboxOf(digested);
        assertEquals(3, after.size(), "one digest, once a day: " + after.stream().map(OutboxMail::getSubject).toList());
        assertEquals(MailKind.DIGEST, after.get(2).getKind());
        sender.sendDue();
        List<MimeMessage> arrived = mailServer.receivedBy(digested + "@accord.test");
        assertEquals(1, arrived.size());
        assertEquals("Your Accord digest: 2 messages", arrived.get(0).getSubject());
        String body = text(arrived.get(0));
        assertTrue(body.contains("Approve the case") && body.contains("https://accord.test/inbox/task.xhtml?id="), body);
        assertEquals(MailState.IN_DIGEST, outboxOf(digested).get(0).getState());
    }

    @Test
    void quietHoursAreBothHoursOrNone() {
        String person = fixture.withMail(team, "en");
        assertEquals("mail.refused.quietBoth", assertThrows(accord.platform.control.FieldRefused.class,
                () -> preferences.choose(person, java.util.Map.of(), 22, null)).messageKey());
        assertEquals("mail.refused.quietSame", assertThrows(accord.platform.control.FieldRefused.class,
                () -> preferences.choose(person, java.util.Map.of(), 7, 7)).messageKey());
    }

    private void timerNow(String caseId, String timer) {
        var job = management.createTimerJobQuery().processInstanceId(caseId).elementId(timer).singleResult();
        management.moveTimerToExecutableJob(job.getId());
    }

    @Test
    void aDeadlineNearIsMailedToTheHolderAndAMissedOneAlsoToTheirHeadAtOnce() {
        String service = PlatformFixture.unique("CS");
        fixture.department(service, null);
        String agent = fixture.member(service, accord.organisation.entity.Role.CUSTOMER_SERVICE);
        String support = PlatformFixture.unique("TS");
        fixture.department(support, null);
        String head = fixture.withMail(support, "en", accord.organisation.entity.Role.DEPT_HEAD);
        fixture.appointHead(support, head);
        String engineer = fixture.withMail(support, "en");
        preferences.choose(head, java.util.Map.of(), java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).getHour(),
                (java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).getHour() + 3) % 24);
        var complaint = complaintFixture.register(agent, fixture.customer(accord.customer.entity.Tier.C, "邮件客户"));
        Task triage = tasks.createTaskQuery().processInstanceId(complaint.getProcessInstanceId()).singleResult();
        accord.workflow.control.Acting.as(agent, () -> tasks.claim(triage.getId(), agent));
        complaintSteps.triage(directory.actor(agent), triage.getId(), new accord.complaint.boundary.ComplaintSteps.Triage(
                accord.complaint.entity.Category.PRODUCT_QUALITY, accord.complaint.entity.Severity.MEDIUM, support, false, null, null));
        Task resolve = tasks.createTaskQuery().processInstanceId(complaint.getProcessInstanceId()).singleResult();
        accord.workflow.control.Acting.as(engineer, () -> tasks.claim(resolve.getId(), engineer));

        timerNow(complaint.getProcessInstanceId(), "warnTimer");
        accord.testing.Eventually.until(() -> outboxOf(engineer).stream().anyMatch(m -> m.getKind() == MailKind.DEADLINE_NEAR));
        assertTrue(outboxOf(head).stream().noneMatch(m -> m.getKind() == MailKind.DEADLINE_NEAR), "near: the holder only");

        timerNow(complaint.getProcessInstanceId(), "breachTimer");
        accord.testing.Eventually.until(() -> outboxOf(head).stream().anyMatch(m -> m.getKind() == MailKind.DEADLINE_MISSED));
        OutboxMail escalation = outboxOf(head).stream().filter(m -> m.getKind() == MailKind.DEADLINE_MISSED).findFirst().orElseThrow();
        assertTrue(!escalation.getNextAttemptAt().isAfter(java.time.Instant.now()), "an escalation does not wait for quiet hours");
        assertTrue(escalation.getSubject().startsWith("Deadline missed: "), escalation.getSubject());
        assertTrue(outboxOf(engineer).stream().anyMatch(m -> m.getKind() == MailKind.DEADLINE_MISSED));
    }

    @Test
    void whatTheHomePageTellsIsMailedToo() {
        String manager = fixture.withMail(team, "en", accord.organisation.entity.Role.SALES_MANAGER, accord.organisation.entity.Role.DEPT_HEAD);
        fixture.appointHead(team, manager);
        String rep = fixture.withMail(team, "zh-CN");
        var proposal = proposals.propose(directory.actor(rep), new accord.proposal.control.ProposalInput(
                "邮件通知客户 " + PlatformFixture.unique("N"), null, null, "理由", null, null, null, null));
        Task approval = tasks.createTaskQuery().processInstanceId(proposal.getProcessInstanceId()).singleResult();
        proposalSteps.decide(directory.actor(manager), approval.getId(), accord.proposal.boundary.ProposalSteps.Decision.REJECT, "不归我们");
        OutboxMail told = outboxOf(rep).stream().filter(m -> m.getKind() == MailKind.NOTICE).findFirst().orElseThrow();
        assertTrue(told.getSubject().startsWith("您的申请 " + proposal.getNumber()), told.getSubject());
        assertEquals("https://accord.test/proposals/view.xhtml?number=" + proposal.getNumber(), told.getLink());
    }

    @Test
    void aMeetingsMailCarriesItsCalendarEntry() throws Exception {
        String invited = fixture.withMail(team, "en");
        String entry = accord.mail.control.CalendarEntry.of("review-IT@accord", java.time.Instant.parse("2026-12-03T02:30:00Z"),
                java.time.Duration.ofHours(1), "Annual review meeting", "Room 3", "Agenda", java.time.Instant.now());
        fixture.tell(invited, MailKind.REVIEW_MEETING, new accord.mail.control.Draft("Meeting", "Intro", List.of(), "Open",
                "reviews/view.xhtml?number=X", entry));
        sender.sendDue();
        MimeMultipart parts = (MimeMultipart) mailServer.receivedBy(invited + "@accord.test").get(0).getContent();
        assertEquals(3, parts.getCount());
        assertTrue(parts.getBodyPart(2).getContentType().startsWith("text/calendar"), parts.getBodyPart(2).getContentType());
        assertTrue(new String(parts.getBodyPart(2).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("DTSTART:20261203T023000Z"));
    }

    @Test
    void mailsDoneWithAreForgottenAfterTheKeepingTimeAndWaitingOnesNever() {
        String sent = fixture.withMail(team, "en");
        String waiting = fixture.withMail(team, "en");
        approvalFor(sent, "Old and sent");
        sender.sendDue();
        approvalFor(waiting, "Old and waiting");
        mailServer.down();
        try {
            sender.sendDue(); // fails: waits for its next attempt
        } finally {
            mailServer.up();
        }
        java.time.Instant inAYear = java.time.Instant.now().plus(java.time.Duration.ofDays(365));
        assertEquals(MailState.SENT, outboxOf(sent).get(0).getState());
        assertTrue(retention.forget(java.time.Instant.now()) >= 0);
        assertEquals(1, outboxOf(sent).size(), "kept while young");
        retention.forget(inAYear);
        assertEquals(List.of(), outboxOf(sent), "a sent mail is forgotten after the keeping time");
        assertEquals(1, outboxOf(waiting).size(), "a waiting one never");
    }
}
