package accord.operations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EngineJobsViewTest {

    @Test
    void aFailedJobsErrorIsItsInnermostCause() {
        String trace = """
                org.flowable.common.engine.api.FlowableException: Error while evaluating expression: ${work(execution)}
                \tat org.flowable.Something.run(Something.java:1)
                Caused by: jakarta.el.ELException: java.lang.IllegalStateException: Failed on purpose: a: b
                \tat jakarta.el.Bean.invoke(Bean.java:2)
                Caused by: java.lang.IllegalStateException: Failed on purpose: a: b
                \t... 12 more
                """;
        assertEquals("Failed on purpose: a: b", EngineJobsView.cause("Error while evaluating expression", trace));
        assertEquals("Connection refused", EngineJobsView.cause("Connection refused", "java.net.ConnectException: Connection refused\n\tat x"));
        assertEquals("no trace kept", EngineJobsView.cause("no trace kept", null));
    }
}
