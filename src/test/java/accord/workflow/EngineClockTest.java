package accord.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import accord.testing.InMemoryEngine;
import java.util.Date;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The way BPMN unit tests drive timers: move the engine clock, then run the jobs that are due. */
class EngineClockTest {

    private final ProcessEngine engine = InMemoryEngine.start();
    private final ManagementService management = engine.getManagementService();
    private final TaskService tasks = engine.getTaskService();

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void theTimerIsDueOnlyOnceTheClockHasPassedIt() {
        engine.getRepositoryService().createDeployment().addClasspathResource("it/short-timer.bpmn20.xml").deploy();
        Date start = new Date();
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(start);
        ProcessInstance instance = engine.getRuntimeService()
                .startProcessInstanceByKey("itShortTimer", Map.of("offeredTo", "HR"));

        Job timer = management.createTimerJobQuery().processInstanceId(instance.getId()).singleResult();
        assertEquals(0, management.createTimerJobQuery().processInstanceId(instance.getId()).executable().count());
        assertNull(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult());

        engine.getProcessEngineConfiguration().getClock().setCurrentTime(new Date(start.getTime() + 3_000));
        assertEquals(1, management.createTimerJobQuery().processInstanceId(instance.getId()).executable().count());
        management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());

        assertEquals("afterTimer", tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult()
                .getTaskDefinitionKey());
        assertEquals(1, tasks.createTaskQuery().taskCandidateGroup("HR").processInstanceId(instance.getId()).count());
    }
}
