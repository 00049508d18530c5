package accord.promotion.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** At every start, after the engine: open nominations whose case has ended get their case back ({@link NominationResumption}). */
@Startup
@Singleton
@DependsOn("WorkflowEngine")
public class StrandedNominations {

    @Inject
    NominationResumption resumption;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void atStartup() {
        resumption.stranded().forEach(resumption::resume);
    }
}
