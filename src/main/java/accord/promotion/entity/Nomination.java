package accord.promotion.entity;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

import accord.organisation.entity.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A nomination of a person for a higher grade: the nominator's assessment, the evidence frozen at
 * submission (text and checksum), the eligibility checks, the approval chain (who approves as head,
 * whether the sales director does, what was skipped and why) and the outcome. Times in UTC.
 */
@Entity
@Table(name = "nomination")
public class Nomination {

    @Id
    @SequenceGenerator(name = "nomination_seq", sequenceName = "nomination_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nomination_seq")
    private Long id;

    @Column(nullable = false, length = 20, updatable = false, unique = true)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nominee_id", updatable = false)
    private Employee nominee;

    @Column(nullable = false, length = 60, updatable = false)
    private String nominator;

    @Column(name = "nominee_department", nullable = false, length = 30, updatable = false)
    private String nomineeDepartment;

    @Column(name = "from_grade", length = 40, updatable = false)
    private String fromGrade;

    @Column(name = "to_grade", nullable = false, length = 40, updatable = false)
    private String toGrade;

    @Column(name = "levels_up", nullable = false, updatable = false)
    private int levelsUp;

    @Column(name = "jump_reason", length = 1000)
    private String jumpReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Readiness readiness;

    @Column(nullable = false)
    private boolean relocate;

    @Column(nullable = false, length = 2000)
    private String strengths;

    @Column(nullable = false, length = 2000)
    private String weaknesses;

    @Column(name = "first_steps", nullable = false, length = 2000)
    private String firstSteps;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NominationStatus status = NominationStatus.HR_REVIEW;

    @Column(nullable = false, length = 4000)
    private String evidence;

    @Column(name = "evidence_checksum", nullable = false, length = 64)
    private String evidenceChecksum;

    @Column(length = 200)
    private String eligibility;

    @Column(name = "director_needed", nullable = false)
    private boolean directorNeeded;

    @Column(name = "chain_reason", length = 20)
    private String chainReason;

    @Column(name = "head_approver", length = 60)
    private String headApprover;

    @Column(name = "chain_note", length = 1000)
    private String chainNote;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Column(name = "rejected_at_step", length = 30)
    private String rejectedAtStep;

    @Column(name = "rejection_reason", length = 2000)
    private String rejectionReason;

    @Column(name = "override_reason", length = 1000, updatable = false)
    private String overrideReason;

    /** HR let the person be nominated again within the 90 days after this rejection, and why. */
    @Column(name = "block_lifted_by", length = 60)
    private String blockLiftedBy;

    @Column(name = "block_lift_reason", length = 1000)
    private String blockLiftReason;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected Nomination() {
        // for JPA
    }

    /** The nominator's assessment of the nominee (DOMAIN.md, workflow 4). */
    public record Assessment(Readiness readiness, boolean relocate, String strengths, String weaknesses, String firstSteps,
            String jumpReason) implements Serializable {
    }

    /** The grades: from the nominee's current one to the target, and how many levels that is. */
    public record Step(String fromGrade, String toGrade, int levelsUp) {
    }

    /** Who approves after HR: the head (null when skipped), whether the director does too, and why. */
    public record Chain(String headApprover, boolean directorNeeded, String reason, String note) {
    }

    public Nomination(String number, Employee nominee, String nominator, Step step, Assessment assessment, Chain chain,
            String overrideReason, Instant submittedAt) {
        this.number = Objects.requireNonNull(number);
        this.nominee = Objects.requireNonNull(nominee);
        this.nominator = Objects.requireNonNull(nominator);
        this.nomineeDepartment = nominee.department().code();
        this.fromGrade = step.fromGrade();
        this.toGrade = step.toGrade();
        this.levelsUp = step.levelsUp();
        this.overrideReason = overrideReason;
        assess(assessment);
        chain(chain);
        this.submittedAt = utc(submittedAt);
    }

    private void assess(Assessment a) {
        this.readiness = a.readiness();
        this.relocate = a.relocate();
        this.strengths = a.strengths();
        this.weaknesses = a.weaknesses();
        this.firstSteps = a.firstSteps();
        this.jumpReason = a.jumpReason();
    }

    private void chain(Chain c) {
        this.headApprover = c.headApprover();
        this.directorNeeded = c.directorNeeded();
        this.chainReason = c.reason();
        this.chainNote = c.note();
    }

    /** The evidence as submitted: its text and checksum. Frozen again only when the nominator resubmits. */
    public void freeze(String evidenceText, String checksum) {
        this.evidence = evidenceText;
        this.evidenceChecksum = checksum;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** HR sent it back for more evidence. */
    public void returned() {
        this.status = NominationStatus.RETURNED;
    }

    /** The nominator answered HR with a new assessment; the evidence is frozen again by the caller. */
    public void resubmitted(Assessment assessment, Instant at) {
        assess(assessment);
        this.submittedAt = utc(at);
        this.status = NominationStatus.HR_REVIEW;
    }

    public void movedTo(NominationStatus next) {
        this.status = next;
    }

    public void rejected(String step, String reason, Instant at) {
        this.status = NominationStatus.REJECTED;
        this.rejectedAtStep = step;
        this.rejectionReason = reason;
        this.endedAt = utc(at);
    }

    /** Its case was cancelled by operations: ended then, nobody promoted. */
    public void cancelled(Instant at) {
        if (status.isOpen()) {
            this.status = NominationStatus.CANCELLED;
            this.endedAt = utc(at);
        }
    }

    public void effectiveOn(LocalDate day) {
        this.effectiveOn = day;
        this.status = NominationStatus.SCHEDULED;
    }

    public void promoted(Instant at) {
        this.status = NominationStatus.PROMOTED;
        this.endedAt = utc(at);
    }

    public void eligibilityChecked(String checks) {
        this.eligibility = checks;
    }

    public void liftBlock(String by, String reason) {
        this.blockLiftedBy = by;
        this.blockLiftReason = reason;
    }

    /** The sales director approves after the head: the chain asks for it and no note says it was taken care of otherwise. */
    public boolean directorStep() {
        return directorNeeded && (chainNote == null || !chainNote.contains("DIRECTOR_"));
    }

    /** The nominator and the nominee never approve it, also not as someone's deputy. */
    public boolean excludes(String login) {
        return nominator.equals(login) || nominee.login().equals(login);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Employee getNominee() {
        return nominee;
    }

    public String getNominator() {
        return nominator;
    }

    public String getNomineeDepartment() {
        return nomineeDepartment;
    }

    public String getFromGrade() {
        return fromGrade;
    }

    public String getToGrade() {
        return toGrade;
    }

    public int getLevelsUp() {
        return levelsUp;
    }

    public String getJumpReason() {
        return jumpReason;
    }

    public Readiness getReadiness() {
        return readiness;
    }

    public boolean isRelocate() {
        return relocate;
    }

    public String getStrengths() {
        return strengths;
    }

    public String getWeaknesses() {
        return weaknesses;
    }

    public String getFirstSteps() {
        return firstSteps;
    }

    public NominationStatus getStatus() {
        return status;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getEvidenceChecksum() {
        return evidenceChecksum;
    }

    public String getEligibility() {
        return eligibility;
    }

    public boolean isDirectorNeeded() {
        return directorNeeded;
    }

    public String getChainReason() {
        return chainReason;
    }

    public String getHeadApprover() {
        return headApprover;
    }

    public String getChainNote() {
        return chainNote;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getRejectedAtStep() {
        return rejectedAtStep;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getBlockLiftedBy() {
        return blockLiftedBy;
    }

    public String getBlockLiftReason() {
        return blockLiftReason;
    }

    public Instant getSubmittedAt() {
        return instant(submittedAt);
    }

    public Instant getEndedAt() {
        return instant(endedAt);
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
