package accord.demo.control;

import accord.calendar.control.WorkingCalendar;
import accord.customer.entity.Customer;
import accord.visit.entity.Visit;
import accord.visit.entity.VisitPurpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Demo visits of 王芳 and 张伟 to their own customers: the last two weeks' done, and one planned for the days to come. */
@ApplicationScoped
public class DemoVisits {

    private static final String[] RESULTS = {"客户确认下季度追加采购，需要报价", "了解到客户正在评估竞争对手方案", "收回上月货款", "介绍新款控制系统，客户有兴趣试用"};
    private static final String[] NEXT = {"三天内发送报价", "安排技术交流", null, "安排样机测试"};

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    public void create() {
        LocalDate today = LocalDate.now(calendar.zone());
        Instant now = Instant.now();
        for (String rep : List.of("wang.fang", "zhang.wei")) {
            List<Customer> customers = em.createQuery("select c from Customer c where c.accountManager.login = :rep order by c.code",
                    Customer.class).setParameter("rep", rep).setMaxResults(4).getResultList();
            for (int i = 0; i < customers.size(); i++) {
                LocalDate day = today.minusDays(2L + 3L * i);
                em.persist(Visit.done(rep, customers.get(i), day, VisitPurpose.values()[i % 4], RESULTS[i], NEXT[i],
                        UUID.randomUUID().toString(), now));
            }
            if (!customers.isEmpty()) {
                em.persist(Visit.planned(rep, customers.get(0), today.plusDays(2), VisitPurpose.PRESENTATION, UUID.randomUUID().toString(),
                        now));
            }
        }
    }
}
