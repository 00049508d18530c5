package accord.workflow.boundary;

import accord.workflow.control.EngineJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.flowable.engine.ManagementService;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.job.service.JobService;
import org.flowable.job.service.impl.persistence.entity.JobEntity;

/**
 * Queues an {@link EngineJob}: an async job row without a case, in the caller's transaction. After
 * the commit this node's executor is told of it at once; any node takes it if this one cannot.
 */
@ApplicationScoped
public class EngineJobs {

    @Inject
    ManagementService management;

    @Transactional(Transactional.TxType.MANDATORY)
    public void later(String type, String argument) {
        management.executeCommand(context -> {
            JobService jobs = CommandContextUtil.getJobService(context);
            JobEntity job = jobs.createJob();
            job.setJobHandlerType(type);
            job.setJobHandlerConfiguration(argument);
            jobs.createAsyncJob(job, false);
            jobs.scheduleAsyncJob(job);
            return null;
        });
    }
}
