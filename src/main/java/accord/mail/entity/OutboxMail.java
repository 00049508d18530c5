package accord.mail.entity;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/** One mail to one person, as they will read it, and how sending it went. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** After this many failed attempts a mail is given up (FAILED). */
    public static final int MAX_ATTEMPTS = 8;

    /** A mail as composed for its recipient: subject, plain text, HTML, and the page it links to. */
    public record Letter(String subject, String text, String html, String link, String calendar) {
    }

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Column(nullable = false, length = 60, updatable = false)
    private String recipient;

    @Column(length = 200, updatable = false)
    private String address;

    @Column(nullable = false, length = 10, updatable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private MailKind kind;

    @Column(nullable = false, length = 400, updatable = false)
    private String subject;

    @Column(name = "body_text", nullable = false, length = 20000, updatable = false)
    private String text;

    @Column(name = "body_html", nullable = false, length = 40000, updatable = false)
    private String html;

    @Column(length = 1000, updatable = false)
    private String link;

    /** An iCalendar entry sent along (a meeting), or null. */
    @Column(length = 8000, updatable = false)
    private String calendar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "claimed_until")
    private LocalDateTime claimedUntil;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Version
    private long version;

    protected OutboxMail() {
        // for JPA
    }

    public OutboxMail(String recipient, String address, String language, MailKind kind, Letter letter, MailState state,
            Instant at) {
        this.recipient = Objects.requireNonNull(recipient);
        this.address = address;
        this.language = Objects.requireNonNull(language);
        this.kind = Objects.requireNonNull(kind);
        this.subject = letter.subject();
        this.text = letter.text();
        this.html = letter.html();
        this.link = letter.link();
        this.calendar = letter.calendar();
        this.state = Objects.requireNonNull(state);
        this.createdAt = utc(at);
        this.nextAttemptAt = utc(at);
    }

    /** Written now, it may go only then (the recipient's quiet hours end). */
    public void notBefore(Instant at) {
        this.nextAttemptAt = utc(at);
    }

    /** Told in the recipient's digest. */
    public void inDigest() {
        if (state != MailState.HELD_FOR_DIGEST) {
            throw new IllegalStateException("mail " + id + " is " + state);
        }
        this.state = MailState.IN_DIGEST;
    }

    public void sent(Instant at) {
        this.state = MailState.SENT;
        this.attempts++;
        this.sentAt = utc(at);
        this.claimedUntil = null;
        this.lastError = null;
    }

    /** Another attempt failed: again after a pause that doubles each time (1 min … 2 h), or given up. */
    public void failed(String error, Instant at) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        this.claimedUntil = null;
        if (attempts >= MAX_ATTEMPTS) {
            this.state = MailState.FAILED;
        } else {
            this.state = MailState.PENDING;
            this.nextAttemptAt = utc(at.plus(Duration.ofMinutes(Math.min(120, 1L << (attempts - 1)))));
        }
    }

    public Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getAddress() { return address; }
    public String getLanguage() { return language; }
    public MailKind getKind() { return kind; }
    public String getSubject() { return subject; }
    public String getText() { return text; }
    public String getHtml() { return html; }
    public String getLink() { return link; }
    public String getCalendar() { return calendar; }
    public MailState getState() { return state; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return instant(nextAttemptAt); }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return instant(createdAt); }
    public Instant getSentAt() { return sentAt == null ? null : instant(sentAt); }
}
