package accord.operations;

import accord.workflow.control.ProcessBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.delegate.DelegateExecution;

/** The failing step of it/failing-step.bpmn20.xml: a bug in one case, fixed by setting its variable to false. */
@ApplicationScoped
public class FailingStepFixture implements ProcessBean {

    @Inject
    RuntimeService runtime;

    @Override
    public String name() {
        return "failingStepFixture";
    }

    public void work(DelegateExecution execution) {
        if (Boolean.TRUE.equals(execution.getVariable("failOnPurpose"))) {
            throw new IllegalStateException("Failed on purpose in " + execution.getProcessInstanceBusinessKey());
        }
    }

    /** A case of the failing-step workflow under this number, started by this person. */
    public String start(String number, String starter, boolean failOnPurpose) {
        return runtime.startProcessInstanceByKey("itFailingStep", number, Map.of("failOnPurpose", failOnPurpose, "starter", starter))
                .getId();
    }
}
