package accord.promotion.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.grading.control.GradeLadder;
import accord.grading.entity.Grade;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.Text;
import accord.promotion.control.Eligibility;
import accord.promotion.control.EvidenceCollector;
import accord.promotion.control.NominationRefused;
import accord.promotion.control.NominationRules;
import accord.promotion.entity.Nomination;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Nominating a member of one's team (/promotions/new.xhtml?login=): the evidence as it would be
 * frozen now, the eligibility for the chosen grade, and the assessment. Problems are said beside
 * their fields; what was typed stays.
 */
@Named
@ViewScoped
public class NominatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    Directory directory;

    @Inject
    GradeLadder ladder;

    @Inject
    NominationRules rules;

    @Inject
    EvidenceCollector collector;

    @Inject
    Eligibility eligibility;

    @Inject
    Nominations nominations;

    @Inject
    WorkingCalendar calendar;

    @Inject
    @Param(name = "login")
    String login;
    private String nomineeName;
    private String currentGrade;
    private int currentLevel;
    private List<Grade> targets = List.of();
    private Map<String, String> evidence;
    private String targetGrade;
    private final AssessmentForm assessment = new AssessmentForm();

    public void load() {
        Employee nominee = directory.employee(login).orElse(null);
        try {
            if (nominee == null) {
                throw new NominationRefused(null, "promotion.refused.notYourTeam");
            }
            rules.mayStartFor(me.actor(), nominee, !ladder.above(nominee.grade()).isEmpty(), java.time.Instant.now());
        } catch (NominationRefused refused) {
            Messages.addGlobalError(Text.of(refused.messageKey(), refused.arguments()));
            return;
        }
        nomineeName = nominee.displayName();
        currentGrade = ladder.nameOf(nominee.grade(), me.getLocale());
        currentLevel = ladder.find(nominee.grade()).map(Grade::getLevel).orElse(0);
        targets = ladder.above(nominee.grade());
        targetGrade = targets.isEmpty() ? null : targets.get(0).getCode();
        evidence = collector.collect(nominee, LocalDate.now(calendar.zone())).values();
    }

    /** The eligibility checks for the chosen grade on the evidence as it stands now. */
    public List<Eligibility.Check> getChecks() {
        if (evidence == null || targetGrade == null) {
            return List.of();
        }
        return ladder.find(targetGrade).map(grade -> eligibility.check(grade, evidence)).orElse(List.of());
    }

    public String submit() {
        int levelsUp = ladder.find(targetGrade).map(target -> target.getLevel() - currentLevel).orElse(0);
        List<NominationRules.Problem> problems = assessment.problems(levelsUp);
        if (!problems.isEmpty()) {
            problems.forEach(p -> Messages.addError("nominate:" + p.field(), Text.of(p.messageKey(), p.arguments())));
            return null;
        }
        try {
            Nomination nomination = nominations.submit(me.actor(), new Nominations.Draft(login, targetGrade, assessment.assessment()));
            Faces.getFlash().setKeepMessages(true);
            Messages.addGlobalInfo(Text.of("promotion.submitted", nomination.getNumber()));
            return "/promotions/view?faces-redirect=true&number=" + nomination.getNumber();
        } catch (NominationRefused refused) {
            RefusalMessages.sayBeside("nominate", refused);
            return null;
        }
    }

    public boolean isReady() {
        return evidence != null;
    }

    public String getNomineeName() {
        return nomineeName;
    }

    public String getCurrentGrade() {
        return currentGrade;
    }

    public List<Grade> getTargets() {
        return targets;
    }

    public Map<String, String> getEvidence() {
        return evidence;
    }

    public AssessmentForm getAssessment() {
        return assessment;
    }

    public String getLogin() {
        return login;
    }

    public String getTargetGrade() {
        return targetGrade;
    }

    public void setTargetGrade(String targetGrade) {
        this.targetGrade = targetGrade;
    }












}
