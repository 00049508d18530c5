package accord.workflow.control;

import java.util.List;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;

/**
 * A feature's listener on the engine's events, found through CDI when the engine is built: the
 * engine names no feature, and a feature adds a listener without touching the engine.
 */
public interface EngineListener extends FlowableEventListener {

    /** The engine event types it hears ({@code FlowableEngineEventType} names). */
    List<String> eventTypes();

    /** A listener that fails rolls the step back: what it does (a deputy's routing, a mail) is never half done. */
    @Override
    default boolean isFailOnException() {
        return true;
    }

    /** Heard as the event happens, inside the step's transaction. */
    @Override
    default boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    default String getOnTransaction() {
        return null;
    }
}
