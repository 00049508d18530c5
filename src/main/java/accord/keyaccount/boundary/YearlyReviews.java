package accord.keyaccount.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.customer.entity.Tier;
import accord.keyaccount.control.YearlyRound;
import accord.keyaccount.entity.ReviewSetting;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The yearly round of key-account reviews: every hour on every node, from the start day ADMIN set,
 * each key account without its review of the year gets one. Each account in its own transaction;
 * the unique yearly key makes a second start (another node, a restart) fail harmlessly.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class YearlyReviews {

    private static final Logger LOG = Logger.getLogger(YearlyReviews.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewStarts starts;

    @Inject
    WorkingCalendar calendar;

    Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void hourly() {
        startDue();
    }

    /** Starts the due reviews; returns how many this call started. */
    public int startDue() {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        return YearlyRound.dueYear(today, startDay()).map(this::startRound).orElse(0);
    }

    public MonthDay startDay() {
        ReviewSetting setting = em.find(ReviewSetting.class, ReviewSetting.THE_ONE);
        return setting == null ? MonthDay.of(1, 15) : setting.startDay();
    }

    /** ADMIN's choice of the start day; the next hourly run uses it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void startOn(MonthDay day) {
        em.find(ReviewSetting.class, ReviewSetting.THE_ONE).startOn(day);
    }

    private int startRound(int year) {
        List<Long> keyAccounts = em.createQuery("select c.id from Customer c where c.tier = :a order by c.code", Long.class)
                .setParameter("a", Tier.A).getResultList();
        int started = 0;
        for (Long customer : keyAccounts) {
            try {
                if (starts.startYearly(customer, year).isPresent()) {
                    started++;
                }
            } catch (RuntimeException lostRaceOrNobody) {
                // Another node started it between our check and our insert, or the account has nobody to review it.
                LOG.log(Level.INFO, "No yearly review started for customer " + customer + ": " + lostRaceOrNobody);
            }
        }
        if (started > 0) {
            int count = started;
            LOG.info(() -> "Yearly key-account reviews " + year + ": " + count + " started");
        }
        return started;
    }
}
