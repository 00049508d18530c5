package accord.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.complaint.control.ComplaintRefused;
import accord.complaint.entity.Channel;
import accord.complaint.entity.Complaint;
import accord.customer.entity.Tier;
import accord.intake.boundary.InboundMails;
import accord.intake.boundary.MailIntake;
import accord.intake.boundary.MailboxRound;
import accord.intake.control.ReceivedMail;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.testing.Deployments;
import accord.testing.TestMailServer;
import accord.testing.shared.SharedDeployment;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.flowable.engine.TaskService;
import org.flowable.engine.task.Comment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Complaints by mail in the real container, read over IMAP from a real mail server (GreenMail): a
 * contact's mail becomes a complaint to triage with its files, a reply in its thread (or naming it
 * in the subject) goes onto its story, an unknown sender's mail waits for customer service to pick
 * the customer, and a mail is taken once, also when two nodes take it at the same moment.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class IntakeIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    TestMailServer mailServer;

    @Inject
    MailboxRound round;

    @Inject
    MailIntake intake;

    @Inject
    InboundMails inbound;

    @Inject
    Directory directory;

    @Inject
    TaskService tasks;

    @Resource
    ManagedExecutorService executor;

    @PersistenceContext
    EntityManager em;

    private long customerId;
    private String contact;
    private String agent;

    @BeforeEach
    void customer() {
        String team = PlatformFixture.unique("CS");
        fixture.department(team, null);
        agent = fixture.member(team, Role.CUSTOMER_SERVICE);
        customerId = fixture.customer(Tier.A, "邮件客户 " + PlatformFixture.unique("M"));
        contact = PlatformFixture.unique("buyer").toLowerCase() + "@customer.test";
        fixture.contact(customerId, "王采购", contact);
    }

    private MimeMessage mail(String from, String subject, String text, String... files) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from, "Wang Buyer", "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, TestMailServer.MAILBOX);
        message.setSubject(subject, "UTF-8");
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        parts.addBodyPart(body);
        for (String file : files) {
            MimeBodyPart attached = new MimeBodyPart();
            attached.setContent(file.endsWith(".png") ? PNG : "MZ".getBytes(), "application/octet-stream");
            attached.setFileName(file);
            attached.setDisposition(MimeBodyPart.ATTACHMENT);
            parts.addBodyPart(attached);
        }
        message.setContent(parts);
        message.saveChanges();
        return message;
    }

    private Complaint complaintWithSubject(String subject) {
        return em.createQuery("select c from Complaint c where c.subject = :subject", Complaint.class).setParameter("subject", subject)
                .getSingleResult();
    }

    private List<String> story(Complaint complaint) {
        return tasks.getProcessInstanceComments(complaint.getProcessInstanceId(), "comment").stream()
                .map(c -> String.valueOf(c.getFullMessage())).toList();
    }

    @Test
    void aContactsMailBecomesAComplaintToTriageAndRepliesGoOntoItsStory() throws Exception {
        String subject = "水泵漏水 " + PlatformFixture.unique("S");
        MimeMessage first = mail(contact.toUpperCase(), subject, "第二台水泵从昨天开始漏水。\n请尽快派人。", "leak.png", "tool.exe");
        mailServer.arrives(first);

        assertEquals(Map.of(MailIntake.Outcome.REGISTERED, 1), round.run());
        assertEquals(Map.of(), round.run(), "a mail is taken once");
        Complaint complaint = complaintWithSubject(subject);
        assertEquals(customerId, complaint.getCustomer().id());
        assertEquals(Channel.EMAIL, complaint.getChannel());
        assertEquals("王采购", complaint.getContactName());
        assertEquals("第二台水泵从昨天开始漏水。\n请尽快派人。", complaint.getDescription());
        assertEquals("triage", tasks.createTaskQuery().processInstanceId(complaint.getProcessInstanceId()).singleResult()
                .getTaskDefinitionKey());
        assertEquals(List.of("leak.png"), tasks.getProcessInstanceAttachments(complaint.getProcessInstanceId()).stream()
                .map(org.flowable.engine.task.Attachment::getName).toList());
        assertTrue(story(complaint).stream().anyMatch(line -> line.contains("tool.exe")), "a refused file is named: " + story(complaint));

        MimeMessage reply = mail(contact, "Re: " + subject, "照片见附件。", "second.png");
        reply.setHeader("In-Reply-To", first.getMessageID());
        reply.saveChanges();
        mailServer.arrives(reply);
        MimeMessage naming = mail(contact, "关于 " + complaint.getNumber(), "还在漏。");
        mailServer.arrives(naming);
        MimeMessage stranger = mail("someone@elsewhere.test", "关于 " + complaint.getNumber(), "我也来说两句。");
        mailServer.arrives(stranger);

        assertEquals(Map.of(MailIntake.Outcome.ADDED, 2, MailIntake.Outcome.TO_MATCH, 1), round.run());
        List<String> story = story(complaint);
        assertTrue(story.stream().anyMatch(line -> line.contains("照片见附件。")), story.toString());
        assertTrue(story.stream().anyMatch(line -> line.contains("还在漏。")), story.toString());
        assertTrue(story.stream().noneMatch(line -> line.contains("我也来说两句")), "a number alone adds nothing to a case");
        assertEquals(2, tasks.getProcessInstanceAttachments(complaint.getProcessInstanceId()).size());
    }

    @Test
    void anUnknownSendersMailWaitsForCustomerServiceToPickTheCustomer() throws Exception {
        String subject = "发票有误 " + PlatformFixture.unique("U");
        mailServer.arrives(mail("new.person@unknown.test", subject, "发票金额不对。", "invoice.png"));
        String other = "谢谢 " + PlatformFixture.unique("T");
        mailServer.arrives(mail("fan@unknown.test", other, "服务很好。"));
        assertEquals(Map.of(MailIntake.Outcome.TO_MATCH, 2), round.run());

        String sales = PlatformFixture.unique("SL");
        fixture.department(sales, null);
        var rep = directory.actor(fixture.member(sales));
        assertThrows(ComplaintRefused.class, () -> inbound.waiting(rep), "only customer service");
        var actor = directory.actor(agent);
        InboundMails.Waiting waiting = inbound.waiting(actor).stream().filter(w -> w.subject().equals(subject)).findFirst().orElseThrow();
        assertEquals(List.of("invoice.png"), waiting.files());
        assertEquals("customer", assertThrows(ComplaintRefused.class, () -> inbound.register(actor, waiting.id(), null)).field());

        Complaint complaint = inbound.register(actor, waiting.id(), customerId);
        assertEquals(Channel.EMAIL, complaint.getChannel());
        assertEquals(agent, complaint.getRegisteredBy());
        assertEquals(List.of("invoice.png"), tasks.getProcessInstanceAttachments(complaint.getProcessInstanceId()).stream()
                .map(org.flowable.engine.task.Attachment::getName).toList());
        assertEquals("intake.refused.dealtWith", assertThrows(ComplaintRefused.class,
                () -> inbound.register(actor, waiting.id(), customerId)).messageKey(), "a second agent, or a double click");

        InboundMails.Waiting thanks = inbound.waiting(actor).stream().filter(w -> w.subject().equals(other)).findFirst().orElseThrow();
        assertEquals("note", assertThrows(ComplaintRefused.class, () -> inbound.dismiss(actor, thanks.id(), " ")).field());
        inbound.dismiss(actor, thanks.id(), "表扬信，转给主管");
        assertTrue(inbound.waiting(actor).stream().noneMatch(w -> w.id() == thanks.id()));
    }

    @Test
    void twoNodesTakingOneMailAtOnceMakeOneComplaint() throws Exception {
        String subject = "同时读取 " + PlatformFixture.unique("R");
        ReceivedMail received = new ReceivedMail("<" + PlatformFixture.unique("race") + "@customer.test>", List.of(), contact, "王采购",
                subject, "两个节点同时读到。", List.of(), Instant.now());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MailIntake.Outcome>> nodes = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            nodes.add(executor.submit(() -> {
                start.await();
                return intake.take(received, "mailbox");
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<MailIntake.Outcome> node : nodes) {
            try {
                outcomes.add(node.get());
            } catch (java.util.concurrent.ExecutionException lost) {
                outcomes.add("lost");
            }
        }
        assertTrue(outcomes.contains(MailIntake.Outcome.REGISTERED), outcomes.toString());
        assertEquals(1, em.createQuery("select count(c) from Complaint c where c.subject = :subject", Long.class)
                .setParameter("subject", subject).getSingleResult(), outcomes.toString());
        assertTrue(intake.takenBefore(received.messageId()));
    }
}
