package org.ganworkbench.engine.bench;

import java.util.Arrays;
import java.util.function.Consumer;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.train.CheckpointMark;
import org.ganworkbench.engine.train.CheckpointPolicy;
import org.ganworkbench.engine.train.CheckpointTimeline;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.ThreadSetting;
import org.ganworkbench.engine.train.TrainingRun;

/**
 * What checkpoints cost on a real run: the same config trained through {@link TrainingRun} with
 * checkpoints off and on (wall-clock steps per second, the checkpoint taken inside the step's
 * time), one capture's time and size, and how long a rewind takes until the run's snapshot at the
 * checkpoint is published (what the window then shows).
 */
public final class CheckpointBenchmark {

    private static final int WARMUP = 20;
    private static final int CAPTURES = 10;
    private static final int REWINDS = 5;

    /**
     * @param captureMs      median time of one capture (both networks' parameters and optimizer states copied)
     * @param checkpointMb   memory one checkpoint holds
     * @param rewindMs       median time from asking for a rewind to the snapshot at that step published
     */
    public record Result(int steps, int every, double offStepsPerSecond, double onStepsPerSecond, double captureMs,
                         double checkpointMb, int held, double usedMb, double rewindMs, double rewindMaxMs) {

        public double slowdownPercent() {
            return 100 * (1 - onStepsPerSecond / offStepsPerSecond);
        }
    }

    private CheckpointBenchmark() {
    }

    public static Result run(GanConfig config, int steps, int every, ThreadSetting threads, Consumer<String> log) {
        double off = timed(config, steps, CheckpointPolicy.OFF, threads, log, null);
        Result[] on = new Result[1];
        double onSpeed = timed(config, steps, new CheckpointPolicy(every, 4096 * CheckpointPolicy.MIB), threads, log, run -> {
            double[] capture = run.timeCaptures(CAPTURES).join();
            CheckpointTimeline t = run.checkpoints();
            double[] rewind = new double[REWINDS];
            for (int i = 0; i < REWINDS; i++) {
                CheckpointMark newest = run.checkpoints().marks().get(run.checkpoints().marks().size() - 1);
                long t0 = System.nanoTime();
                run.rewindTo(newest.id()).join();
                rewind[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(capture);
            Arrays.sort(rewind);
            CheckpointMark any = t.marks().get(0);
            on[0] = new Result(steps, every, 0, 0, capture[CAPTURES / 2], any.bytes() / 1048576.0, t.marks().size(),
                    t.usedBytes() / 1048576.0, rewind[REWINDS / 2], rewind[REWINDS - 1]);
        });
        Result r = on[0];
        return new Result(steps, every, off, onSpeed, r.captureMs(), r.checkpointMb(), r.held(), r.usedMb(), r.rewindMs(),
                r.rewindMaxMs());
    }

    private static double timed(GanConfig config, int steps, CheckpointPolicy policy, ThreadSetting threads,
                                Consumer<String> log, Consumer<TrainingRun> after) {
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config), threads)) {
            run.setCheckpointPolicy(policy);
            run.ready().join();
            run.trainUntil(WARMUP).join();
            long t0 = System.nanoTime();
            run.trainUntil(WARMUP + steps).join();
            double speed = steps / ((System.nanoTime() - t0) / 1e9);
            log.accept(String.format(java.util.Locale.ROOT, "checkpoints %s: %d steps at %.2f steps/s",
                    policy.enabled() ? "every " + policy.everySteps() + " steps" : "off", steps, speed));
            if (after != null) after.accept(run);
            return speed;
        }
    }
}
