package accord.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.InMemoryEngine;
import accord.workflow.control.WorkflowDeployer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkflowDeployerTest {

    private final ProcessEngine engine = InMemoryEngine.start();
    private final RepositoryService repository = engine.getRepositoryService();
    private final WorkflowDeployer deployer = new WorkflowDeployer();

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void anUnchangedFileIsNotDeployedAgain() {
        Deployment first = deploy("offered.bpmn20.xml", process("Work"));
        Deployment second = deploy("offered.bpmn20.xml", process("Work"));

        assertEquals(first.getId(), second.getId());
        assertEquals(1, repository.createProcessDefinitionQuery().processDefinitionKey("offered").count());
    }

    @Test
    void aChangedFileBecomesANewVersionAndRunningCasesKeepTheirs() {
        deploy("offered.bpmn20.xml", process("Work"));
        ProcessInstance running = engine.getRuntimeService().startProcessInstanceByKey("offered", Map.of());

        Deployment changed = deploy("offered.bpmn20.xml", process("Work, renamed"));

        assertNotEquals(running.getDeploymentId(), changed.getId());
        assertEquals(2, repository.createProcessDefinitionQuery().processDefinitionKey("offered").latestVersion()
                .singleResult().getVersion());
        assertEquals("Work", engine.getTaskService().createTaskQuery().processInstanceId(running.getId())
                .singleResult().getName());
    }

    @Test
    void eachFileIsItsOwnDeploymentSoChangingOneLeavesTheOthers() {
        deploy("a.bpmn20.xml", process("Work").replace("id=\"offered\"", "id=\"a\""));
        Deployment b = deploy("b.bpmn20.xml", process("Work").replace("id=\"offered\"", "id=\"b\""));
        deploy("a.bpmn20.xml", process("Changed").replace("id=\"offered\"", "id=\"a\""));

        assertEquals(b.getId(), deploy("b.bpmn20.xml", process("Work").replace("id=\"offered\"", "id=\"b\"")).getId());
        assertEquals(1, repository.createProcessDefinitionQuery().processDefinitionKey("b").count());
    }

    @Test
    void aDecisionTableFileIsDeployedAndEvaluated() throws Exception {
        try (var dmn = getClass().getClassLoader().getResourceAsStream("it/tier-decision.dmn")) {
            deployer.deploy(repository, "tier-decision.dmn", dmn);
        }
        var decisions = InMemoryEngine.decisions(engine);

        assertEquals("A", decide(decisions, 2_000_000));
        assertEquals("B", decide(decisions, 150_000));
        assertEquals("C", decide(decisions, 10));
    }

    private static Object decide(org.flowable.dmn.api.DmnDecisionService decisions, long sales) {
        return decisions.createExecuteDecisionBuilder().decisionKey("itTier").variable("sales", sales)
                .executeWithSingleResult().get("tier");
    }

    @Test
    void onlyBpmnAndDmnFilesCount() throws Exception {
        Path workflows = Path.of("workflows");
        if (Files.isDirectory(workflows)) {
            try (Stream<Path> files = Files.list(workflows)) {
                files.map(p -> p.getFileName().toString())
                        .filter(name -> !name.startsWith("."))
                        .forEach(name -> assertTrue(name.endsWith(".bpmn20.xml") || name.endsWith(".dmn")
                                || name.endsWith(".md"), "unexpected file in workflows/: " + name));
            }
        }
        assertFalse(new WorkflowDeployer().workflowFiles().stream().anyMatch(name -> name.endsWith(".md")));
    }

    @Test
    void everyWorkflowIsDrawnForTheTaskPagesDiagram() throws Exception {
        int drawn = 0;
        for (String name : new WorkflowDeployer().workflowFiles()) {
            if (!name.endsWith(".bpmn20.xml")) {
                continue;
            }
            org.flowable.bpmn.model.BpmnModel model;
            try (var xml = getClass().getClassLoader().getResourceAsStream("workflows/" + name)) {
                model = new org.flowable.bpmn.converter.BpmnXMLConverter().convertToBpmnModel(
                        new org.flowable.common.engine.impl.util.io.InputStreamSource(xml), true, false);
            }
            for (var process : model.getProcesses()) {
                for (var element : process.findFlowElementsOfType(org.flowable.bpmn.model.FlowElement.class, true)) {
                    boolean shown = element instanceof org.flowable.bpmn.model.SequenceFlow
                            ? model.getFlowLocationGraphicInfo(element.getId()) != null
                            : model.getGraphicInfo(element.getId()) != null;
                    assertTrue(shown, name + ": " + element.getId() + " has no place in the diagram (BPMN DI)");
                }
            }
            drawn++;
        }
        assertTrue(drawn > 0, "the workflows/ folder has processes");
    }

    private Deployment deploy(String name, String bpmn) {
        return deployer.deploy(repository, name, new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)));
    }

    private static String process(String taskName) {
        return """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="http://accord/test">
                  <process id="offered" isExecutable="true">
                    <startEvent id="start"/>
                    <sequenceFlow id="f1" sourceRef="start" targetRef="work"/>
                    <userTask id="work" name="%s"/>
                    <sequenceFlow id="f2" sourceRef="work" targetRef="end"/>
                    <endEvent id="end"/>
                  </process>
                </definitions>""".formatted(taskName);
    }
}
