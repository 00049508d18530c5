package accord.notice.entity;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** One notice for one person: a message key with its arguments and a link; read once they say so. */
@Entity
@Table(name = "notice")
public class Notice {

    /** Arguments are kept as one text, separated by a character nobody types. */
    private static final String SEPARATOR = "\u001F";

    @Id
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    private Long id;

    @Column(nullable = false, length = 60, updatable = false)
    private String recipient;

    @Column(name = "message_key", nullable = false, length = 100, updatable = false)
    private String messageKey;

    @Column(length = 1000, updatable = false)
    private String arguments;

    @Column(length = 300, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Notice() {
        // for JPA
    }

    public Notice(String recipient, String messageKey, String link, Instant at, String... arguments) {
        this.recipient = recipient;
        this.messageKey = messageKey;
        this.link = link;
        this.createdAt = utc(at);
        this.arguments = arguments.length == 0 ? null : String.join(SEPARATOR, arguments);
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = utc(at);
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return arguments == null ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return instant(createdAt);
    }

    public boolean isRead() {
        return readAt != null;
    }
}
