package accord.ldap.entity;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The one row of the directory synchronisation: when it last started and finished, who started
 * it, and what it did. A run locks it, so that the nodes of a cluster synchronise one at a time.
 */
@Entity
@Table(name = "directory_sync")
public class SyncState {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "started_at")
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Column(name = "started_by", length = 60)
    private String startedBy;

    @Column(length = 4000)
    private String outcome;

    @Version
    private long version;

    protected SyncState() {
        // for JPA
    }

    public void ran(String by, Instant started, Instant finished, String what) {
        this.startedBy = by;
        this.startedAt = utc(started);
        this.finishedAt = utc(finished);
        this.outcome = what.length() > 4000 ? what.substring(0, 3990) + " …" : what;
    }

    public Instant finishedAt() {
        return instant(finishedAt);
    }

    public String startedBy() {
        return startedBy;
    }

    public String outcome() {
        return outcome;
    }
}
