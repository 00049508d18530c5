package accord.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A person's digest of a day went out (or is going): its key is unique, so there is one a day, also with several nodes. */
@Entity
@Table(name = "mail_digest")
@IdClass(MailDigest.Key.class)
public class MailDigest {

    /** The person and the day. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String login;
        private LocalDate day;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(login, key.login) && Objects.equals(day, key.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(login, day);
        }
    }

    @Id
    @Column(length = 60)
    private String login;

    @Id
    @Column(name = "digest_day")
    private LocalDate day;

    protected MailDigest() {
        // for JPA
    }

    public MailDigest(String login, LocalDate day) {
        this.login = Objects.requireNonNull(login);
        this.day = Objects.requireNonNull(day);
    }
}
