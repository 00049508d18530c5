package accord.casefile.control;

import jakarta.inject.Inject;
import java.time.Instant;

/**
 * A {@link CaseEnding} for a workflow whose record carries its case's {@code processInstanceId}:
 * the record is found and locked, then ended as the workflow says.
 */
public abstract class RecordCancellation<T> implements CaseEnding {

    @Inject
    CaseEntities records;

    private final String processKey;
    private final Class<T> type;

    protected RecordCancellation(String processKey, Class<T> type) {
        this.processKey = processKey;
        this.type = type;
    }

    @Override
    public String processKey() {
        return processKey;
    }

    @Override
    public void cancelled(String processInstanceId, String reason, Instant at) {
        records.lockedOfCase(processInstanceId, type).ifPresent(record -> end(record, reason, at));
    }

    /** Ends the record as cancelled (it may have ended already: then nothing changes). */
    protected abstract void end(T record, String reason, Instant at);
}
