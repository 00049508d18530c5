package accord.deputy.control;

import accord.deputy.entity.Absence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether a person may plan an absence with a deputy: the days in order, from today on, no overlap
 * with their other absences, and a deputy who is someone else, at work on those days and not
 * standing in for the person's own deputies (routing follows one step, never a chain).
 */
public final class AbsenceRules {

    /** The longest absence one entry may cover; longer leave is planned in parts. */
    public static final int MAX_DAYS = 92;

    private AbsenceRules() {
    }

    /**
     * The message key of the first rule broken, with the field it belongs to; empty when allowed.
     *
     * @param ofPerson the person's absences that have not ended
     * @param ofDeputy the deputy's absences that have not ended
     * @param deputyingForPerson absences, not ended, in which the person stands in for someone
     */
    public static Optional<String[]> check(String person, String deputy, boolean deputyActive, LocalDate first,
            LocalDate last, LocalDate today, List<Absence> ofPerson, List<Absence> ofDeputy,
            List<Absence> deputyingForPerson) {
        if (deputy == null || deputy.equals(person) || !deputyActive) {
            return refused("deputy", "absence.refused.deputy");
        }
        if (last.isBefore(first)) {
            return refused("lastDay", "absence.refused.order");
        }
        if (first.isBefore(today)) {
            return refused("firstDay", "absence.refused.past");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            return refused("lastDay", "absence.refused.tooLong");
        }
        if (ofPerson.stream().anyMatch(a -> a.overlaps(first, last))) {
            return refused("firstDay", "absence.refused.overlap");
        }
        if (ofDeputy.stream().anyMatch(a -> a.overlaps(first, last))) {
            return refused("deputy", "absence.refused.deputyAway");
        }
        if (deputyingForPerson.stream().anyMatch(a -> a.overlaps(first, last))) {
            return refused("firstDay", "absence.refused.standingIn");
        }
        return Optional.empty();
    }

    private static Optional<String[]> refused(String field, String key) {
        return Optional.of(new String[] {field, key});
    }
}
