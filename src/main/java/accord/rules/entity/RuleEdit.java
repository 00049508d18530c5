package accord.rules.entity;

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

/** A version of a decision table deployed from the portal: who, when, why, and the version it restored, if any. */
@Entity
@Table(name = "rule_edit")
public class RuleEdit {

    @Id
    @SequenceGenerator(name = "rule_edit_seq", sequenceName = "rule_edit_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rule_edit_seq")
    private Long id;

    @Column(name = "decision_key", nullable = false, length = 100, updatable = false)
    private String decisionKey;

    @Column(name = "decision_id", nullable = false, length = 64, updatable = false)
    private String decisionId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "edited_by", nullable = false, length = 60, updatable = false)
    private String editedBy;

    @Column(name = "edited_at", nullable = false, updatable = false)
    private LocalDateTime editedAt;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(name = "restored_version", updatable = false)
    private Integer restoredVersion;

    protected RuleEdit() {
    }

    public RuleEdit(String decisionKey, String decisionId, int version, String editedBy, Instant at, String reason,
            Integer restoredVersion) {
        this.decisionKey = decisionKey;
        this.decisionId = decisionId;
        this.version = version;
        this.editedBy = editedBy;
        this.editedAt = utc(at);
        this.reason = reason;
        this.restoredVersion = restoredVersion;
    }

    public String getDecisionId() { return decisionId; }
    public int getVersion() { return version; }
    public String getEditedBy() { return editedBy; }
    public Instant getEditedAt() { return accord.platform.entity.UtcTime.instant(editedAt); }
    public String getReason() { return reason; }
    public Integer getRestoredVersion() { return restoredVersion; }
}
