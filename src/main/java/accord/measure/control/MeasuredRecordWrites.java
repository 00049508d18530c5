package accord.measure.control;

import accord.complaint.entity.Complaint;
import accord.customer.entity.Customer;
import accord.customer.entity.SalesFigure;
import accord.customer.entity.TierChange;
import accord.keyaccount.entity.AccountReview;
import accord.visit.entity.Visit;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Set;

/**
 * Sees every entity written (a default entity listener, META-INF/orm.xml, so that the entities of
 * other capabilities need not know the measures) and tells the {@link EndedPeriodCache} when one
 * of the records the measures read was.
 */
public class MeasuredRecordWrites {

    private static final Set<Class<?>> MEASURED = Set.of(Customer.class, SalesFigure.class, TierChange.class, Visit.class,
            Complaint.class, AccountReview.class);

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        if (MEASURED.contains(entity.getClass())) {
            CDI.current().select(EndedPeriodCache.class).get().changed();
        }
    }
}
