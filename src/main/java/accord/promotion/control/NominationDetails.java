package accord.promotion.control;

import accord.calendar.control.WorkingCalendar;
import accord.grading.control.GradeLadder;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import accord.promotion.entity.Nomination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A nomination as its readers see it, in their language: who, from which grade to which, the
 * assessment, the evidence as frozen (and whether its checksum still holds), what a recount of the
 * same period says differently, the eligibility checks and the chain's notes.
 */
@ApplicationScoped
public class NominationDetails {

    public record View(String number, String nominee, String nomineeLogin, String nominator, String fromGrade, String toGrade,
            int levelsUp, String status, Nomination.Assessment assessment, Map<String, String> evidence, boolean intact,
            List<Evidence.Change> changes, List<Eligibility.Check> checks, List<String> chainNotes, String rejection,
            String processInstanceId) implements Serializable {
    }

    @Inject
    GradeLadder ladder;

    @Inject
    Directory directory;

    @Inject
    EvidenceCollector collector;

    @Inject
    WorkingCalendar calendar;

    public View of(Nomination n, Locale locale) {
        String text = n.getEvidence();
        List<Evidence.Change> changes = collector.recount(n.getNominee(), n.getSubmittedAt(), calendar.zone()).changesSince(text);
        return new View(n.getNumber(), n.getNominee().displayName(), n.getNominee().login(),
                directory.displayName(n.getNominator()), grade(n.getFromGrade(), locale), grade(n.getToGrade(), locale),
                n.getLevelsUp(), Text.of("promotion.status." + n.getStatus().name()),
                new Nomination.Assessment(n.getReadiness(), n.isRelocate(), n.getStrengths(), n.getWeaknesses(),
                        n.getFirstSteps(), n.getJumpReason()),
                Evidence.read(text), Evidence.checksum(text).equals(n.getEvidenceChecksum()), changes,
                Eligibility.decode(n.getEligibility()), notes(n), n.getRejectionReason(), n.getProcessInstanceId());
    }

    /** "HEAD_SKIPPED li.ming zhou.jianguo" → the message with the people's names. */
    private List<String> notes(Nomination n) {
        List<String> notes = new java.util.ArrayList<>();
        notes.add(Text.of("promotion.chain." + (n.isDirectorNeeded() ? "director." : "head.") + n.getChainReason()));
        if (n.getChainNote() != null) {
            for (String line : n.getChainNote().split("\n")) {
                String[] parts = line.split(" ");
                Object[] names = Arrays.stream(parts).skip(1).map(login -> "-".equals(login) ? "—" : directory.displayName(login))
                        .toArray();
                notes.add(Text.of("promotion.chain." + parts[0], names));
            }
        }
        return notes;
    }

    public String grade(String code, Locale locale) {
        return ladder.nameOf(code, locale);
    }
}
