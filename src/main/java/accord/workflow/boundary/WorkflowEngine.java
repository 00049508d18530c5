package accord.workflow.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.platform.boundary.AccordDatabase;
import accord.workflow.control.ContainerTransactionInterceptor;
import accord.workflow.control.DirectoryCandidateGroups;
import accord.workflow.control.EngineJob;
import accord.workflow.control.EngineListener;
import accord.workflow.control.InvocationExecutor;
import accord.workflow.control.ProcessBean;
import accord.workflow.control.WorkflowDeployer;
import accord.workflow.control.WorkingTimeCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.impl.async.DefaultAsyncTaskExecutor;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.interceptor.EngineConfigurationConstants;
import org.flowable.dmn.api.DmnDecisionService;
import org.flowable.dmn.engine.DmnEngineConfiguration;
import org.flowable.dmn.engine.configurator.DmnEngineConfigurator;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;
import org.flywaydb.core.Flyway;

/**
 * Builds the process engine once per application, deploys the workflows, and closes it (with
 * its job threads) when the application stops.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class WorkflowEngine {

    private static final Logger LOG = Logger.getLogger(WorkflowEngine.class.getName());

    @Resource(lookup = AccordDatabase.JNDI_NAME)
    DataSource dataSource;

    @Resource(lookup = "java:appserver/TransactionManager")
    TransactionManager transactionManager;

    // Job threads belong to the container; each job runs in an invocation of its own (JobInvocation).
    @Resource
    ManagedThreadFactory threadFactory;

    @jakarta.ejb.EJB
    JobInvocation jobInvocation;

    @jakarta.ejb.EJB
    EngineTransactions engineTransactions;

    @Inject
    DirectoryCandidateGroups candidateGroups;

    @Inject
    WorkflowDeployer deployer;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<EngineListener> listeners;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<EngineJob> engineJobs;

    @Inject
    WorkingCalendar workingCalendar;

    @Inject
    accord.workflow.control.WorkflowMetrics workflowMetrics;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<ProcessBean> processBeans;

    private ProcessEngine engine;
    /** The engine once it has started, for those who must not start it themselves (readiness). */
    private static volatile ProcessEngine started;
    /** The key of the PostgreSQL advisory lock a starting node holds while it sets up the engine. */
    private static final long START_LOCK = 0x4163636f7264L;
    private DefaultAsyncTaskExecutor jobThreads;

    // The engine creates and upgrades its tables with committed DDL: build it outside any transaction.
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        jobThreads = new InvocationExecutor(jobInvocation::run);
        jobThreads.setThreadFactory(threadFactory);
        jobThreads.setCorePoolSize(2);
        jobThreads.setMaxPoolSize(8);
        jobThreads.setSecondsToWaitOnShutdown(20);
        jobThreads.start();

        JtaProcessEngineConfiguration configuration = new JtaProcessEngineConfiguration() {
            @Override
            public org.flowable.common.engine.impl.interceptor.CommandInterceptor createTransactionInterceptor() {
                return new ContainerTransactionInterceptor(transactionManager, work -> engineTransactions.inNew(work).valueOrThrow());
            }
        };
        configuration.setEngineName("accord");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setDisableIdmEngine(true);
        configuration.setCandidateManager(candidateGroups);
        configuration.setAsyncExecutorActivate(true);
        configuration.setAsyncTaskExecutor(jobThreads);
        // How long the executor waits between looks for due timers and queued steps when it found none.
        int pollMillis = accord.workflow.control.JobExecutorSettings.pollMillis();
        configuration.setAsyncExecutorDefaultTimerJobAcquireWaitTime(pollMillis);
        configuration.setAsyncExecutorDefaultAsyncJobAcquireWaitTime(pollMillis);
        // On a cluster every node's executor takes due jobs, each under a lock in the job's row; a node
        // that dies leaves its locks to expire before another node takes those jobs (Flowable's default
        // is an hour). Our jobs run for seconds (a timer's step, mails written to the outbox), so five
        // minutes is far past the longest and still lets a dead node's work go on soon.
        int lockMillis = accord.workflow.control.JobExecutorSettings.jobLockSeconds() * 1000;
        configuration.setAsyncExecutorAsyncJobLockTimeInMillis(lockMillis);
        configuration.setAsyncExecutorTimerLockTimeInMillis(lockMillis);
        // A dead node's jobs are found again this often: every 30 s, or twice per lock if locks are shorter.
        configuration.setAsyncExecutorResetExpiredJobsInterval(Math.min(30_000, lockMillis / 2));
        // The job rows a node holds name it (lock_owner_), so an operator sees which node took what.
        configuration.setAsyncExecutorLockOwner(lockOwner());
        configuration.setHistoryLevel(HistoryLevel.AUDIT);
        accord.workflow.control.HistoryCleaning.configure(configuration);
        configuration.addConfigurator(dmnConfigurator());
        // Beans the workflows call by name in expressions.
        Map<Object, Object> beans = new java.util.HashMap<>();
        processBeans.forEach(bean -> beans.put(bean.name(), bean));
        configuration.setBeans(beans);
        // Features' listeners (a new task for someone away goes to their deputy, in every workflow).
        configuration.setTypedEventListeners(byEventType(listeners));
        // Features' own jobs, queued by EngineJobs (a key account's check after a complaint's trouble).
        configuration.setCustomJobHandlers(new java.util.ArrayList<>(engineJobs.stream().toList()));

        // One node at a time creates or upgrades the engine's tables and deploys the workflows: two
        // nodes starting together on a new database saw each other's half-made tables. PostgreSQL's
        // session lock needs no transaction (the engine commits its DDL itself); H2 runs one node.
        try (Connection lock = dataSource.getConnection()) {
            boolean shared = lock.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            if (shared) {
                execute(lock, "select pg_advisory_lock(" + START_LOCK + ")");
            }
            try {
                engine = configuration.buildProcessEngine();
                // Timers may count working time: flowable:businessCalendarName="workingTime" (docs/workflows.md).
                if (configuration.getBusinessCalendarManager() instanceof MapBusinessCalendarManager calendars) {
                    calendars.addBusinessCalendar(WorkingTimeCalendar.NAME,
                            new WorkingTimeCalendar(workingCalendar::workingTime, configuration.getClock()));
                }
                indexEngineTables();
                deployer.deployAll(engine.getRepositoryService());
            } finally {
                if (shared) {
                    execute(lock, "select pg_advisory_unlock(" + START_LOCK + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The workflow engine's start lock could not be taken", e);
        }
        started = engine;
        workflowMetrics.gaugeDeadJobs(engine.getManagementService());
        LOG.info("Workflow engine started");
    }

    /**
     * The engine if it has started. Readiness asks this instead of the bean: a balancer's health
     * check arriving while the application is still being deployed would otherwise start the
     * singleton before its DataSource is bound, and that failure ends the deployment.
     */
    public static java.util.Optional<ProcessEngine> ifStarted() {
        return java.util.Optional.ofNullable(started);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery(sql).close();
        }
    }

    /** This node's name in the job rows it locks: the Payara instance's name and a part unique to this start. */
    static String lockOwner() {
        String node = System.getProperty("com.sun.aas.instanceName", "node");
        return node + "/" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** Our indexes on the engine's tables (db/engine), once Flowable has created or upgraded them. */
    private void indexEngineTables() {
        Flyway.configure(WorkflowEngine.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/engine")
                .table("accord_engine_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    private static DmnEngineConfigurator dmnConfigurator() {
        DmnEngineConfigurator configurator = new DmnEngineConfigurator();
        DmnEngineConfiguration dmn = new DmnEngineConfiguration();
        dmn.setDatabaseSchemaUpdate(DmnEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configurator.setDmnEngineConfiguration(dmn);
        return configurator;
    }

    @PreDestroy
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void stop() {
        started = null;
        if (engine != null) {
            engine.close();
        }
        if (jobThreads != null) {
            jobThreads.shutdown();
        }
        LOG.info("Workflow engine stopped");
    }

    // The services are application-scoped proxies: they can be injected into view- and
    // session-scoped page beans (which must be serialisable) as well.
    public ProcessEngine engine() {
        return engine;
    }

    @Produces
    @ApplicationScoped
    public RuntimeService runtimeService() {
        return engine.getRuntimeService();
    }

    @Produces
    @ApplicationScoped
    public TaskService taskService() {
        return engine.getTaskService();
    }

    @Produces
    @ApplicationScoped
    public RepositoryService repositoryService() {
        return engine.getRepositoryService();
    }

    @Produces
    @ApplicationScoped
    public HistoryService historyService() {
        return engine.getHistoryService();
    }

    @Produces
    @ApplicationScoped
    public ManagementService managementService() {
        return engine.getManagementService();
    }

    @Produces
    @ApplicationScoped
    public DmnDecisionService dmnDecisionService() {
        DmnEngineConfiguration dmn = (DmnEngineConfiguration) engine.getProcessEngineConfiguration()
                .getEngineConfigurations().get(EngineConfigurationConstants.KEY_DMN_ENGINE_CONFIG);
        return dmn.getDmnDecisionService();
    }

    static Map<String, List<FlowableEventListener>> byEventType(Iterable<EngineListener> listeners) {
        Map<String, List<FlowableEventListener>> byType = new java.util.TreeMap<>();
        for (EngineListener listener : listeners) {
            listener.eventTypes().forEach(type -> byType.computeIfAbsent(type, t -> new java.util.ArrayList<>()).add(listener));
        }
        return byType;
    }
}
