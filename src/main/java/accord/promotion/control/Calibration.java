package accord.promotion.control;

import accord.promotion.entity.Nomination;
import accord.promotion.entity.NominationStatus;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Nominations of a period side by side, as HR and heads calibrate them: counts by target grade and
 * by department, the quartiles the nominees came from (as frozen at submission), the approval rate,
 * and fairness flags — a manager nominating most of a team, a nominee from the bottom half of their
 * cohort, a department whose approval rate is far from the rest. Pure: the caller brings the
 * nominations it may show and the size of each nominator's team.
 */
public final class Calibration {

    /** A department's approval rate this far (or farther) from the overall one is flagged. */
    public static final double RATE_GAP = 0.30;
    /** A nominator naming more than this share of a team is flagged. */
    public static final double TEAM_SHARE = 0.5;

    public record Flag(String kind, String subject, String figure) implements Serializable {
    }

    /** quartiles: index 0–3 for quartiles 1–4, index 4 for no rank. */
    public record Summary(Map<String, Long> byGrade, Map<String, Long> byDepartment, long[] quartiles, Double approvalRate,
            List<Flag> flags) implements Serializable {
    }

    private Calibration() {
    }

    public static boolean approved(NominationStatus status) {
        return status == NominationStatus.PROMOTED || status == NominationStatus.SCHEDULED
                || status == NominationStatus.EFFECTIVE_DATE;
    }

    public static Double rate(List<Nomination> nominations) {
        long approved = nominations.stream().filter(n -> approved(n.getStatus())).count();
        long rejected = nominations.stream().filter(n -> n.getStatus() == NominationStatus.REJECTED).count();
        return approved + rejected == 0 ? null : approved / (double) (approved + rejected);
    }

    public static Integer quartile(Nomination n) {
        String value = Evidence.read(n.getEvidence()).getOrDefault("quartile", "");
        return value.isEmpty() ? null : Integer.valueOf(value);
    }

    /**
     * @param gradeName the target grade's name per code
     * @param departmentName the department's name per code
     * @param teamSize how many active people a nominator leads in the nominee's department (without themself)
     */
    public static Summary of(List<Nomination> nominations, Function<String, String> gradeName,
            Function<String, String> departmentName, Function<Nomination, Integer> teamSize) {
        Map<String, Long> byGrade = nominations.stream().collect(Collectors.groupingBy(n -> gradeName.apply(n.getToGrade()),
                TreeMap::new, Collectors.counting()));
        Map<String, Long> byDepartment = nominations.stream().collect(Collectors.groupingBy(
                n -> departmentName.apply(n.getNomineeDepartment()), TreeMap::new, Collectors.counting()));
        long[] quartiles = new long[5];
        nominations.forEach(n -> quartiles[quartile(n) == null ? 4 : quartile(n) - 1]++);
        Double overall = rate(nominations);
        List<Flag> flags = new ArrayList<>();
        nominations.stream().filter(n -> quartile(n) != null && quartile(n) >= 3).forEach(n -> flags.add(
                new Flag("BOTTOM_HALF", n.getNumber() + " " + n.getNominee().displayName(), "Q" + quartile(n))));
        nominations.stream().collect(Collectors.groupingBy(n -> n.getNominator() + "/" + n.getNomineeDepartment()))
                .forEach((key, theirs) -> {
                    int team = teamSize.apply(theirs.get(0));
                    long people = theirs.stream().map(n -> n.getNominee().login()).distinct().count();
                    if (people >= 2 && team > 0 && people > TEAM_SHARE * team) {
                        flags.add(new Flag("MOST_OF_TEAM", theirs.get(0).getNominator() + " · "
                                + departmentName.apply(theirs.get(0).getNomineeDepartment()), people + "/" + team));
                    }
                });
        if (overall != null) {
            nominations.stream().collect(Collectors.groupingBy(Nomination::getNomineeDepartment)).forEach((department, theirs) -> {
                Double rate = rate(theirs);
                long decided = theirs.stream().filter(n -> approved(n.getStatus()) || n.getStatus() == NominationStatus.REJECTED)
                        .count();
                if (rate != null && decided >= 2 && Math.abs(rate - overall) >= RATE_GAP) {
                    flags.add(new Flag("DEPARTMENT_RATE", departmentName.apply(department),
                            Math.round(rate * 100) + " % / " + Math.round(overall * 100) + " %"));
                }
            });
        }
        return new Summary(byGrade, byDepartment, quartiles, overall, flags);
    }
}
