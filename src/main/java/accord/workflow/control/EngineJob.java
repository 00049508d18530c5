package accord.workflow.control;

import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.job.service.JobHandler;
import org.flowable.job.service.impl.persistence.entity.JobEntity;
import org.flowable.variable.api.delegate.VariableScope;

/**
 * Work a feature hands to the engine's job executor with {@code EngineJobs.later}: the job row is
 * written in the caller's transaction (so it exists only if the caller's change committed), and
 * whichever node takes it runs {@link #run} once, in the job's own transaction; a failure is
 * retried and, after the last try, dead-lettered like the workflows' own jobs. WorkflowEngine
 * registers every CDI bean of this type under its {@link #getType()}.
 */
public interface EngineJob extends JobHandler {

    /** The job rows' handler type: stable across releases, since a job may outlive the WAR that wrote it. */
    @Override
    String getType();

    /** Does the work; throws to have it tried again. */
    void run(String argument);

    @Override
    default void execute(JobEntity job, String argument, VariableScope variableScope, CommandContext commandContext) {
        run(argument);
    }
}
