package accord.promotion.boundary;

import accord.promotion.control.NominationRules;
import accord.promotion.entity.Nomination;
import accord.promotion.entity.Readiness;
import java.io.Serializable;
import java.util.List;

/** The nominator's assessment as typed on a form (the nomination, or the answer to HR's request for more evidence). */
public class AssessmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Readiness readiness;
    private boolean relocate;
    private String strengths;
    private String weaknesses;
    private String firstSteps;
    private String jumpReason;

    public static AssessmentForm of(Nomination.Assessment a) {
        AssessmentForm form = new AssessmentForm();
        form.readiness = a.readiness();
        form.relocate = a.relocate();
        form.strengths = a.strengths();
        form.weaknesses = a.weaknesses();
        form.firstSteps = a.firstSteps();
        form.jumpReason = a.jumpReason();
        return form;
    }

    public Nomination.Assessment assessment() {
        return new Nomination.Assessment(readiness, relocate, strengths, weaknesses, firstSteps, jumpReason);
    }

    /** Every problem at once, each for its field. */
    public List<NominationRules.Problem> problems(int levelsUp) {
        return NominationRules.problems(assessment(), levelsUp);
    }

    public Readiness[] getReadinessValues() {
        return Readiness.values();
    }

    public Readiness getReadiness() {
        return readiness;
    }

    public void setReadiness(Readiness readiness) {
        this.readiness = readiness;
    }

    public boolean isRelocate() {
        return relocate;
    }

    public void setRelocate(boolean relocate) {
        this.relocate = relocate;
    }

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getWeaknesses() {
        return weaknesses;
    }

    public void setWeaknesses(String weaknesses) {
        this.weaknesses = weaknesses;
    }

    public String getFirstSteps() {
        return firstSteps;
    }

    public void setFirstSteps(String firstSteps) {
        this.firstSteps = firstSteps;
    }

    public String getJumpReason() {
        return jumpReason;
    }

    public void setJumpReason(String jumpReason) {
        this.jumpReason = jumpReason;
    }
}
