package accord.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** A file of a mail that waits for its customer; it goes onto the complaint with it. */
@Entity
@Table(name = "intake_file")
public class InboundFile {

    @Id
    @SequenceGenerator(name = "intake_file_seq", sequenceName = "intake_file_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_file_seq")
    private Long id;

    @Column(name = "mail_id", nullable = false, updatable = false)
    private Long mailId;

    @Column(nullable = false, length = 255, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected InboundFile() {
        // for JPA
    }

    public InboundFile(long mailId, String name, byte[] content) {
        this.mailId = mailId;
        this.name = Objects.requireNonNull(name);
        this.content = Objects.requireNonNull(content);
    }

    public String getName() {
        return name;
    }

    public byte[] getContent() {
        return content;
    }
}
