package accord.operations.control;

import accord.casefile.control.StepNames;
import accord.operations.control.JobRow.State;
import accord.workflow.control.WorkflowMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;

/**
 * The engine's jobs as {@link JobRow}s: a case's (every kind), the dead ones a page at a time, the
 * ones failing with tries left. Reading only; who may read is the caller's to check.
 */
@ApplicationScoped
public class EngineJobsView {

    /** The most failing jobs listed at once: more than that is an outage, not a list to read. */
    static final int MOST_RETRYING = 200;

    @Inject
    ManagementService management;

    @Inject
    RuntimeService runtime;

    public List<JobRow> dead(int first, int size) {
        return rows(management.createDeadLetterJobQuery().orderByJobCreateTime().desc().orderByJobId().asc().listPage(first, size),
                State.DEAD, management::getDeadLetterJobExceptionStacktrace);
    }

    public long deadCount() {
        return WorkflowMetrics.deadJobs(management);
    }

    /** Failing, with tries left: waiting for the next try (a timer job) or due for it now. */
    public List<JobRow> retrying() {
        List<JobRow> rows = new ArrayList<>(rows(management.createTimerJobQuery().withException().orderByJobDuedate().asc()
                .listPage(0, MOST_RETRYING), State.RETRYING, management::getTimerJobExceptionStacktrace));
        rows.addAll(rows(management.createJobQuery().withException().orderByJobDuedate().asc().listPage(0, MOST_RETRYING),
                State.RETRYING, management::getJobExceptionStacktrace));
        return rows;
    }

    /** Every job of a case, failed ones first, then by due time. */
    public List<JobRow> ofCase(String caseId) {
        List<JobRow> rows = new ArrayList<>();
        rows.addAll(rows(management.createDeadLetterJobQuery().processInstanceId(caseId).list(), State.DEAD,
                management::getDeadLetterJobExceptionStacktrace));
        rows.addAll(rows(management.createTimerJobQuery().processInstanceId(caseId).list(), null, management::getTimerJobExceptionStacktrace));
        rows.addAll(rows(management.createJobQuery().processInstanceId(caseId).list(), null, management::getJobExceptionStacktrace));
        rows.addAll(rows(management.createSuspendedJobQuery().processInstanceId(caseId).list(), State.SUSPENDED,
                management::getSuspendedJobExceptionStacktrace));
        rows.sort(java.util.Comparator.comparing((JobRow row) -> !row.failed())
                .thenComparing(JobRow::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return rows;
    }

    /** The job as a row, wherever it is now; null when it is gone (ran, or was cancelled). */
    public JobRow find(String id) {
        Job dead = management.createDeadLetterJobQuery().jobId(id).singleResult();
        if (dead != null) {
            return rows(List.of(dead), State.DEAD, management::getDeadLetterJobExceptionStacktrace).get(0);
        }
        Job timer = management.createTimerJobQuery().jobId(id).singleResult();
        if (timer != null) {
            return rows(List.of(timer), null, management::getTimerJobExceptionStacktrace).get(0);
        }
        Job due = management.createJobQuery().jobId(id).singleResult();
        return due == null ? null : rows(List.of(due), null, management::getJobExceptionStacktrace).get(0);
    }

    /**
     * The rows of these jobs, in one look-up of their cases. Without a given state a job with an error
     * is retrying, a timer job without one waits for its time, an executable one is due. A failed
     * job's error is what caused it: the engine keeps its own wrapper's message ("Error while
     * evaluating expression …") and the cause only in the stack trace, read for failed rows alone.
     */
    private List<JobRow> rows(List<Job> jobs, State given, Function<String, String> traceOf) {
        Set<String> caseIds = jobs.stream().map(Job::getProcessInstanceId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<String, ProcessInstance> cases = cases(caseIds);
        return jobs.stream().map(job -> {
            ProcessInstance instance = job.getProcessInstanceId() == null ? null : cases.get(job.getProcessInstanceId());
            State state = given != null ? given : job.getExceptionMessage() != null ? State.RETRYING
                    : Job.JOB_TYPE_TIMER.equals(job.getJobType()) && job.getDuedate() != null
                            && job.getDuedate().after(new Date()) ? State.TIMER : State.DUE;
            String workflow = instance == null ? null : StepNames.process(StepNames.processKey(instance.getProcessDefinitionId()),
                    instance.getProcessDefinitionName());
            String step = job.getElementId() == null ? null
                    : StepNames.step(job.getProcessDefinitionId(), job.getElementId(), job.getElementName());
            return new JobRow(job.getId(), state, job.getProcessInstanceId(), instance == null ? null : instance.getBusinessKey(),
                    workflow, step, job.getJobHandlerType(), instant(job.getDuedate()), instant(job.getCreateTime()),
                    job.getRetries(), job.getExceptionMessage() == null ? null : cause(job.getExceptionMessage(), traceOf(job, traceOf)));
        }).toList();
    }

    /** The job's stack trace; none when the job ran or moved on since it was listed (a retry runs at once). */
    private static String traceOf(Job job, Function<String, String> traceOf) {
        try {
            return traceOf.apply(job.getId());
        } catch (org.flowable.common.engine.api.FlowableObjectNotFoundException movedOn) {
            return null;
        }
    }

    /** The message of the innermost "Caused by:" of a stack trace, else the job's own message. */
    static String cause(String message, String stackTrace) {
        if (stackTrace == null) {
            return message;
        }
        String innermost = null;
        for (String line : stackTrace.lines().toList()) {
            if (line.startsWith("Caused by: ")) {
                innermost = line.substring("Caused by: ".length());
            }
        }
        if (innermost == null) {
            return message;
        }
        int colon = innermost.indexOf(": ");
        return colon < 0 ? innermost : innermost.substring(colon + 2);
    }

    private Map<String, ProcessInstance> cases(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
