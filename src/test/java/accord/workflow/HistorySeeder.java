package accord.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.flowable.engine.RuntimeService;

/** For HistoryCleanupBenchmark: finished cases of it/finished-case.bpmn20.xml, then made older than the cleanup keeps. */
@ApplicationScoped
public class HistorySeeder {

    @Inject
    RuntimeService runtime;

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void seed(int first, int count) {
        for (int i = first; i < first + count; i++) {
            runtime.startProcessInstanceByKey("itFinished", "HC-" + i,
                    Map.of("subject", "Case " + i, "customerName", "Customer " + (i % 500), "amount", i));
        }
    }

    /** Every such case started and ended four years ago. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int age() {
        Timestamp then = Timestamp.from(Instant.now().minus(Duration.ofDays(4 * 365)));
        return em.createNativeQuery("update ACT_HI_PROCINST set START_TIME_ = ?, END_TIME_ = ? where PROC_DEF_ID_ like 'itFinished:%'")
                .setParameter(1, then).setParameter(2, then).executeUpdate();
    }

    public long rows(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where PROC_DEF_ID_ like 'itFinished:%'")
                .getSingleResult()).longValue();
    }
}
