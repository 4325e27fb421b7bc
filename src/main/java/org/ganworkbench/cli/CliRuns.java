package org.ganworkbench.cli;

import java.util.concurrent.CompletionException;
import org.ganworkbench.engine.WorkbenchException;
import org.ganworkbench.engine.train.TrainingRun;

/** Helpers shared by the commands that drive a {@link TrainingRun}. */
final class CliRuns {

    private CliRuns() {
    }

    /** Waits until the run is prepared; a user-caused failure becomes a one-line error. */
    static void awaitReady(TrainingRun run) {
        try {
            run.ready().join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof WorkbenchException) {
                throw new UserInputException(cause.getMessage());
            }
            throw e;
        }
    }
}
