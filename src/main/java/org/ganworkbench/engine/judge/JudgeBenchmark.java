package org.ganworkbench.engine.judge;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.RunSource;
import org.ganworkbench.engine.train.TrainingRun;

/**
 * What the live judge costs: one measurement (G draws {@value LiveJudge#SAMPLES} samples, the judge
 * looks at them), and the training speed of a preset with the judge on against off, in alternating
 * rounds of the same run length so that a busy machine disturbs both alike.
 */
public final class JudgeBenchmark {

    /**
     * @param generateMs     median time for G to draw the samples of one measurement
     * @param judgeMs        median time for the judge's report on them (forward pass, histogram, Fréchet)
     * @param stepsPerSecondOff median wall-clock training speed without the judge
     * @param stepsPerSecondOn  the same with the live judge measuring
     * @param measurementsOn    measurements taken per judged run (median)
     */
    public record Result(String preset, int steps, double generateMs, double judgeMs, double stepsPerSecondOff,
                         double stepsPerSecondOn, double measurementsOn) {

        public double speedKept() {
            return stepsPerSecondOn / stepsPerSecondOff;
        }
    }

    private JudgeBenchmark() {
    }

    public static Result run(String preset, int steps, int rounds, Consumer<String> log) {
        ComputeBackend.initialize();
        GanConfig config = Presets.get(preset).config();
        RunSource source = RunPreparer.fresh(config);
        log.accept("# the judge of " + source.dataset().id() + " (trained once if not cached yet)");
        Judge judge = Judges.of(source.dataset(), JudgeTraining.Progress.NONE, log);
        log.accept("# " + judge.info().accuracySummary());
        double[] costs = measurementCost(source.model(), judge, 7);
        log.accept(String.format(Locale.ROOT, "# one measurement: G draws %d samples in %.0f ms, the judge reports in %.0f ms",
                LiveJudge.SAMPLES, costs[0], costs[1]));
        double[] off = new double[rounds];
        double[] on = new double[rounds];
        double[] measured = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            off[r] = speed(config, steps, false, null);
            double[] m = new double[1];
            on[r] = speed(config, steps, true, m);
            measured[r] = m[0];
            log.accept(String.format(Locale.ROOT, "# round %d: %.1f steps/s without the judge, %.1f with it (%d measurements)",
                    r + 1, off[r], on[r], (int) m[0]));
        }
        return new Result(preset, steps, costs[0], costs[1], median(off), median(on), median(measured));
    }

    /** Median milliseconds to generate a measurement's samples and to judge them. */
    private static double[] measurementCost(GanModel model, Judge judge, int repeats) {
        double[] gen = new double[repeats];
        double[] look = new double[repeats];
        float[] z = model.prior().sample(new Rng(1), LiveJudge.SAMPLES);
        int[] asked = model.conditional() ? LiveJudge.balancedLabels(LiveJudge.SAMPLES, model.classCount()) : null;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            float[] images = model.generate(z, asked, LiveJudge.SAMPLES);
            long t1 = System.nanoTime();
            judge.report(images, LiveJudge.SAMPLES, asked);
            long t2 = System.nanoTime();
            gen[i] = (t1 - t0) / 1e6;
            look[i] = (t2 - t1) / 1e6;
        }
        return new double[] {median(gen), median(look)};
    }

    /** Wall-clock steps per second of a fresh run of {@code steps} steps, with or without the live judge. */
    private static double speed(GanConfig config, int steps, boolean withJudge, double[] measurements) {
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config), s -> { })) {
            run.ready().join();
            if (withJudge) {
                LiveJudge live = LiveJudge.attach(run, JudgeCache.inUserCache(), JudgeTraining.Settings.DEFAULT);
                while (live.status().state() == JudgeStatus.State.WAITING || live.status().state() == JudgeStatus.State.TRAINING) {
                    sleep();
                }
            }
            long start = System.nanoTime();
            run.trainUntil(steps).join();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (measurements != null) measurements[0] = run.submit(c -> c.judged().size()).join();
            return steps / seconds;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
