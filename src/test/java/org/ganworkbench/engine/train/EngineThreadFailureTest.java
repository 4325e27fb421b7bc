package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.ganworkbench.engine.event.RunState;
import org.junit.jupiter.api.Test;

/** An Error on the engine thread while preparing (a StackOverflowError from a crafted id) ends the wait for it. */
class EngineThreadFailureTest {

    @Test
    void anErrorWhilePreparingCompletesReadyInsteadOfHangingForever() {
        try (TrainingRun run = TrainingRun.prepare(() -> {
            throw new StackOverflowError("crafted");
        })) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> run.ready().get(30, TimeUnit.SECONDS));
            assertInstanceOf(StackOverflowError.class, e.getCause());
            assertEquals(RunState.FAILED, run.state());
        }
    }
}
