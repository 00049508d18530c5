package accord.intake.entity;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/** A mail taken from the service mailbox, once, and what became of it. */
@Entity
@Table(name = "intake_mail")
public class InboundMail {

    public static final int MAX_BODY = 20000;

    @Id
    @SequenceGenerator(name = "intake_mail_seq", sequenceName = "intake_mail_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_mail_seq")
    private Long id;

    @Column(name = "message_id", nullable = false, length = 500, updatable = false)
    private String messageId;

    @Column(name = "sender_address", nullable = false, length = 200, updatable = false)
    private String senderAddress;

    @Column(name = "sender_name", length = 200, updatable = false)
    private String senderName;

    @Column(nullable = false, length = 1000, updatable = false)
    private String subject;

    @Column(nullable = false, length = MAX_BODY, updatable = false)
    private String body;

    @Column(name = "received_at", nullable = false, updatable = false)
    private LocalDateTime receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InboundState state;

    @Column(name = "complaint_number", length = 20)
    private String complaintNumber;

    @Column(name = "dealt_by", length = 60)
    private String dealtBy;

    @Column(length = 1000)
    private String note;

    @Version
    private long version;

    protected InboundMail() {
        // for JPA
    }

    public InboundMail(String messageId, String senderAddress, String senderName, String subject, String body, Instant receivedAt) {
        this.messageId = Objects.requireNonNull(messageId);
        this.senderAddress = Objects.requireNonNull(senderAddress);
        this.senderName = senderName;
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.receivedAt = utc(receivedAt);
        this.state = InboundState.TO_MATCH;
    }

    public void registered(String number, String by) {
        state = InboundState.REGISTERED;
        complaintNumber = number;
        dealtBy = by;
    }

    public void added(String number) {
        state = InboundState.ADDED;
        complaintNumber = number;
    }

    public void dismissed(String by, String why) {
        state = InboundState.DISMISSED;
        dealtBy = by;
        note = why;
    }

    public boolean isWaiting() {
        return state == InboundState.TO_MATCH;
    }

    public Long getId() {
        return id;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getSenderAddress() {
        return senderAddress;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getReceivedAt() {
        return instant(receivedAt);
    }

    public InboundState getState() {
        return state;
    }

    public String getComplaintNumber() {
        return complaintNumber;
    }

    public String getDealtBy() {
        return dealtBy;
    }

    public String getNote() {
        return note;
    }
}
