package org.ganworkbench.cli;

import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
import org.ganworkbench.engine.session.SessionException;
import org.ganworkbench.engine.session.SessionFiles;
import org.ganworkbench.engine.train.CheckpointPolicy;
import org.ganworkbench.engine.train.TrainingRun;
import picocli.CommandLine.Option;

/** {@code train}'s checkpoint options: how often, how much memory, whether the session keeps them, and going back to one. */
final class CheckpointOptions {

    @Option(names = "--checkpoint-every", paramLabel = "N", defaultValue = "100",
            description = "Keep a checkpoint every N steps (and always just before a knob change); 0: only those. Default: ${DEFAULT-VALUE}.")
    int every;

    @Option(names = "--checkpoint-budget", paramLabel = "MB", defaultValue = "256",
            description = "Memory the checkpoints may hold; older ones are thinned first. 0 turns checkpoints off. Default: ${DEFAULT-VALUE}.")
    long budgetMb;

    @Option(names = "--keep-checkpoints",
            description = "Save the checkpoints in session.gwb too, so that --from-step can go back to them later.")
    boolean keep;

    @Option(names = "--from-step", paramLabel = "N",
            description = "With --resume: go back to the checkpoint at step N that the session holds (saved with --keep-checkpoints)"
                    + " and train on from there; live knobs given apply from there. The history is cut back to step N.")
    Long fromStep;

    /** Checks what can be checked before anything is loaded. */
    void check(Path resume) {
        if (every < 0) throw new UserInputException("--checkpoint-every must not be negative.");
        if (budgetMb < 0) throw new UserInputException("--checkpoint-budget must not be negative.");
        if (fromStep != null && resume == null) {
            throw new UserInputException("--from-step needs --resume SESSION: the checkpoint is read from that session.");
        }
        if (fromStep != null && fromStep < 0) throw new UserInputException("--from-step must not be negative.");
    }

    /** Sets the run's policy and, with --from-step, rewinds the prepared run to that checkpoint of its session. */
    void apply(TrainingRun run, Path resume) {
        run.setCheckpointPolicy(new CheckpointPolicy(every, budgetMb * CheckpointPolicy.MIB));
        if (fromStep == null) return;
        try {
            SessionFiles.loadCheckpoints(run, resume).join();
            if (run.latest().step() == fromStep) return; // the session's own step: nothing to go back to
            run.rewindToStep(fromStep).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof NoSuchElementException || cause instanceof SessionException) {
                String more = cause instanceof NoSuchElementException && cause.getMessage().contains("holds no checkpoints")
                        ? " Save it with train --keep-checkpoints to keep them." : "";
                throw new UserInputException(resume + ": " + cause.getMessage() + "." + more);
            }
            throw e;
        }
    }
}
