package accord.operations.control;

import accord.operations.control.JobRow.State;
import accord.organisation.control.Actor;
import accord.platform.control.AuditTrail;
import accord.platform.control.LogText;
import accord.platform.entity.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.ManagementService;

/**
 * What ADMIN does to a job, each in its own transaction with its audit line: move a case's timer;
 * and for a failed job, try it again
 * (a dead job moved back to the executable jobs with its tries renewed; a failing one run now), or
 * cancel it with a reason (the job is deleted: the step it would have run does not run; the case
 * stays where it is, for the Cases page to move on or cancel). A job that is no longer there (it ran,
 * someone else retried or cancelled it) is refused, not an error.
 */
@ApplicationScoped
public class JobActions {

    private static final Logger LOG = Logger.getLogger(JobActions.class.getName());

    /** The tries a retried dead job gets, as a new job has (Flowable's default). */
    static final int TRIES = 3;

    @Inject
    ManagementService management;

    @Inject
    EngineJobsView jobs;

    @Inject
    AuditTrail audit;

    /**
     * The job's error as the engine kept it, for the page's "stack trace". A job with tries left
     * moves between the engine's tables as it waits and runs again: asked for where it was a moment
     * ago, it is looked for again where it is now.
     */
    public String stackTrace(Actor admin, String id) {
        failed(admin, id);
        for (int look = 0; look < 3; look++) {
            try {
                return management.createDeadLetterJobQuery().jobId(id).count() > 0 ? management.getDeadLetterJobExceptionStacktrace(id)
                        : timerJob(id) ? management.getTimerJobExceptionStacktrace(id) : management.getJobExceptionStacktrace(id);
            } catch (FlowableObjectNotFoundException movedMeanwhile) {
                failed(admin, id); // gone for good (ran, or was cancelled): refused as such
            }
        }
        throw new OperationsRefused(null, "jobs.refused.gone");
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retry(Actor admin, String id) {
        JobRow job = failed(admin, id);
        if (job.state() == State.DEAD) {
            management.moveDeadLetterJobToExecutableJob(id, TRIES);
        } else if (timerJob(id)) {
            management.moveTimerToExecutableJob(id);
        }
        // A failing job already due runs at the executor's next look: nothing to move.
        audit.recordAs(admin.login(), AuditAction.JOB_RETRIED, subject(job), describe(job));
        LOG.info(() -> admin.login() + " retried job " + id + " (" + describe(job) + ")");
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void cancel(Actor admin, String id, String reason) {
        JobRow job = failed(admin, id);
        OperationsRefused.requireReason(reason, "jobs.refused.reason");
        if (job.state() == State.DEAD) {
            management.deleteDeadLetterJob(id);
        } else if (timerJob(id)) {
            management.deleteTimerJob(id);
        } else {
            management.deleteJob(id);
        }
        audit.recordAs(admin.login(), AuditAction.JOB_CANCELLED, subject(job), describe(job) + ": " + LogText.of(reason.strip()));
        LOG.info(() -> admin.login() + " cancelled job " + id + " (" + describe(job) + "): " + reason.strip());
    }

    /**
     * A case's timer fires at another moment (an earlier one fires at the executor's next look):
     * e.g. a deadline moved by agreement with the customer. Only a timer waiting for its time.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void moveTimer(Actor admin, String id, java.time.Instant due, String reason) {
        OperationsRefused.unlessAdmin(admin);
        JobRow timer = id == null ? null : jobs.find(id);
        if (timer == null || timer.state() != State.TIMER) {
            throw new OperationsRefused(null, "case.timer.refused.gone");
        }
        if (due == null) {
            throw new OperationsRefused("due", "case.timer.refused.due");
        }
        OperationsRefused.requireReason(reason, "case.timer.refused.reason");
        management.rescheduleTimeDateJob(id, due.toString());
        audit.recordAs(admin.login(), AuditAction.TIMER_MOVED, subject(timer),
                timer.step() + ": " + timer.due() + " → " + due + ": " + LogText.of(reason.strip()));
        LOG.info(() -> admin.login() + " moved timer " + id + " of " + subject(timer) + " to " + due + ": " + LogText.of(reason.strip()));
    }

    private JobRow failed(Actor admin, String id) {
        OperationsRefused.unlessAdmin(admin);
        JobRow job = id == null ? null : jobs.find(id);
        if (job == null || !job.failed()) {
            throw new OperationsRefused(null, "jobs.refused.gone");
        }
        return job;
    }

    private boolean timerJob(String id) {
        return management.createTimerJobQuery().jobId(id).count() > 0;
    }

    private static String subject(JobRow job) {
        return job.caseNumber() != null ? job.caseNumber() : "job " + job.id();
    }

    private static String describe(JobRow job) {
        return (job.step() != null ? job.step() : job.handlerType()) + " · " + job.error();
    }
}
