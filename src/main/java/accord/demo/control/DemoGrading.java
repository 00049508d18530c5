package accord.demo.control;

import accord.calendar.control.WorkingCalendar;
import accord.grading.control.QuarterOfYear;
import accord.grading.entity.GradeChange;
import accord.grading.entity.RepActivity;
import accord.grading.entity.TrainingRecord;
import accord.organisation.entity.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The sales staff's records: their grade history (the grades they hold, reached step by step),
 * new customers and visits for the last eight quarters, and a few courses each. Seeded, so every
 * demo start is the same; the performance figures themselves come from the customers' figures.
 */
@ApplicationScoped
public class DemoGrading {

    record Step(String grade, String since) {
    }

    /** login → the grades they went through, with the day each began. */
    static final Map<String, List<Step>> HISTORY = Map.of(
            "wang.fang", List.of(new Step("SALES_REP", "2016-03-01"), new Step("SENIOR_SALES_REP", "2019-07-01"),
                    new Step("KEY_ACCOUNT_MANAGER", "2023-04-01")),
            "zhang.wei", List.of(new Step("SALES_REP", "2019-09-01"), new Step("SENIOR_SALES_REP", "2023-01-01")),
            "liu.yang", List.of(new Step("SALES_REP", "2022-02-15")),
            "chen.jing", List.of(new Step("SALES_REP", "2024-08-01")),
            "sun.li", List.of(new Step("SALES_REP", "2015-05-01"), new Step("SENIOR_SALES_REP", "2018-01-01"),
                    new Step("KEY_ACCOUNT_MANAGER", "2021-10-01")),
            "huang.tao", List.of(new Step("SALES_REP", "2020-04-01"), new Step("SENIOR_SALES_REP", "2024-01-01")),
            "wu.xia", List.of(new Step("SALES_REP", "2023-06-01")),
            "li.ming", List.of(new Step("KEY_ACCOUNT_MANAGER", "2017-01-01"), new Step("SALES_MANAGER", "2021-01-01")),
            "zhao.lei", List.of(new Step("KEY_ACCOUNT_MANAGER", "2016-06-01"), new Step("SALES_MANAGER", "2020-03-01")));

    static final List<String> COURSES = List.of("顾问式销售 Consultative selling", "大客户管理 Key account management",
            "谈判技巧 Negotiation", "产品认证：X2 控制器 Product certification: X2 controller", "客户投诉处理 Handling complaints");

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    public void create() {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(calendar.zone());
        Random random = new Random(20261126L);
        for (Employee person : em.createQuery("select e from Employee e order by e.login", Employee.class).getResultList()) {
            List<Step> steps = HISTORY.get(person.login());
            if (steps == null) {
                continue;
            }
            String from = null;
            for (Step step : steps) {
                em.persist(new GradeChange(person, from, step.grade(), LocalDate.parse(step.since()), "admin", now,
                        from == null ? "入职 Hired" : "晋升 Promoted"));
                from = step.grade();
            }
            QuarterOfYear quarter = QuarterOfYear.of(today).minus(8);
            for (int i = 0; i < 8; i++, quarter = quarter.next()) {
                RepActivity activity = new RepActivity(person, quarter.year(), quarter.quarter());
                activity.set(random.nextInt(5), 20 + random.nextInt(40), "admin", now);
                em.persist(activity);
            }
            for (int course = 0; course < 2 + random.nextInt(2); course++) {
                em.persist(new TrainingRecord(person, COURSES.get((person.login().length() + course) % COURSES.size()),
                        today.minusDays(60 + 170L * course + random.nextInt(60)), "cao.li", now));
            }
        }
    }
}
