package accord.demo.boundary;

import accord.demo.control.DemoFigures;
import accord.demo.control.DemoGrading;
import accord.demo.control.DemoOrganisation;
import accord.demo.control.DemoTargets;
import accord.demo.control.DemoVisits;
import accord.organisation.control.Directory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo organisation on the first start of an embedded (H2) portal, and prints the
 * logins at every start of one. {@code accord.demo-data} = {@code auto} (the default: only on H2),
 * {@code true} or {@code false}.
 */
@Startup
@Singleton
@DependsOn("WorkflowEngine")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The PostgreSQL advisory lock a node holds while it loads the demo (transaction-scoped). */
    private static final long LOAD_LOCK = 0x4163636F7264_02L;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "accord.demo-data", defaultValue = "auto")
    String demoData;

    @Inject
    @ConfigProperty(name = "accord.db.url")
    String databaseUrl;

    @Inject
    Directory directory;

    @Inject
    DemoOrganisation organisation;

    @Inject
    DemoComplaints complaints;

    @Inject
    DemoHandoffs handoffs;

    @Inject
    DemoFigures figures;

    @Inject
    DemoGrading grading;

    @Inject
    DemoPromotions promotions;

    @Inject
    DemoProposals proposals;

    @Inject
    DemoMails mails;

    @Inject
    DemoTargets targets;

    @Inject
    DemoVisits visits;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void atStartup() {
        if (enabled()) {
            loadIfEmpty();
            LOG.info(DemoOrganisation.loginsBanner());
        }
    }

    /** Loads the demo organisation into an empty directory; a directory with people is left alone. */
    public boolean loadIfEmpty() {
        if (!embedded()) {
            // Instances starting together on an empty PostgreSQL: one loads, the others wait and then find people.
            em.createNativeQuery("select pg_advisory_xact_lock(" + LOAD_LOCK + ")").getSingleResult();
        }
        if (directory.employeeCount() > 0) {
            return false;
        }
        organisation.create(!embedded());
        complaints.create();
        handoffs.create();
        figures.create();
        targets.create();
        visits.create();
        grading.create();
        promotions.create();
        proposals.create();
        mails.create();
        LOG.info("Demo organisation, customers, sales figures, targets, visits, complaints, handoffs, customer proposals, staff records and a mail"
                + " to match loaded");
        return true;
    }

    boolean enabled() {
        return switch (demoData.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> embedded();
        };
    }

    /** The embedded demo database (H2), as opposed to a company's PostgreSQL. */
    private boolean embedded() {
        return databaseUrl.startsWith("jdbc:h2:");
    }
}
