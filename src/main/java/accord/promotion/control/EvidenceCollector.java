package accord.promotion.control;

import accord.grading.control.GradeHistory;
import accord.grading.control.PeerRank;
import accord.grading.control.Performance;
import accord.organisation.entity.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The evidence of a nomination counted from the portal's data: the last four complete quarters
 * (attainment, new customers, visits, their customers' satisfaction and complaints), the quartile
 * among the active people of the same grade, and the months in the current grade.
 */
@ApplicationScoped
public class EvidenceCollector {

    @Inject
    Performance performance;

    @Inject
    PeerRank ranks;

    @Inject
    GradeHistory grades;

    public Evidence collect(Employee nominee, LocalDate today) {
        Performance.Period period = performance.lastFourQuarters(nominee, today);
        PeerRank.Rank rank = ranks.of(nominee, today);
        return new Evidence(period.first() + " – " + period.last(), grades.monthsInGrade(nominee, today), period.target(),
                period.actual(), period.attainment() == null ? null : period.attainment() * 100, rank.quartile(),
                rank.position(), rank.cohort(), period.newCustomers(), period.visits(), period.satisfaction(),
                period.complaints());
    }

    /** The same figures for the period the frozen evidence covers, counted again now (what changed since). */
    public Evidence recount(Employee nominee, java.time.Instant submittedAt, java.time.ZoneId zone) {
        return collect(nominee, LocalDate.ofInstant(submittedAt, zone));
    }
}
