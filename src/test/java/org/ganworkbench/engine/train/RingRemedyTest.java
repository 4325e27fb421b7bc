package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganworkbench.engine.config.Preset;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.engine.metrics.ModeCoverageResult;
import org.ganworkbench.engine.session.RunExports;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The remedy lesson keeps its promise as a teacher runs it: ring-pacgan at its full length, on a
 * fixed 1 and a fixed 2 native threads, covers all 8 modes with at least 90% of the samples within
 * 3 standard deviations of a mode, measured as {@code eval} measures it (2,500 samples, seed 1).
 * The two runs must be the same run: the thread count changes the speed, never the lesson.
 */
@Tag("slow")
class RingRemedyTest {

    @Test
    void everyModeOnOneAndOnTwoThreads() {
        Outcome one = train(ThreadSetting.fixed(1));
        Outcome two = train(ThreadSetting.fixed(2));
        for (Outcome o : new Outcome[] {one, two}) {
            assertEquals(8, o.coverage.modesCovered(), o.threads + " threads: " + o.coverage.summary());
            assertTrue(o.coverage.highQualityFraction() >= 0.90, o.threads + " threads: " + o.coverage.summary());
        }
        assertArrayEquals(one.coverage.perModeCounts(), two.coverage.perModeCounts(), "the same samples on 1 and 2 threads");
        assertEquals(one.lossD, two.lossD, 0.0, "the same run on 1 and 2 threads");
    }

    private record Outcome(int threads, ModeCoverageResult coverage, double lossD) {
    }

    private static Outcome train(ThreadSetting threads) {
        Preset preset = Presets.get("ring-pacgan");
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(preset.config()), threads, s -> { })) {
            run.ready().join();
            assertEquals(preset.steps(), run.trainUntil(preset.steps()).join().step(), "trained to its length without a problem");
            ModeCoverageResult coverage = run.submit(c -> RunExports.quality(c, 2500, 1)).join().modeCoverage().orElseThrow();
            assertEquals(threads.fixed(), (int) run.history().last(HistoryColumn.THREADS), "ran on the threads asked for");
            return new Outcome(threads.fixed(), coverage, run.history().last(HistoryColumn.LOSS_D));
        }
    }
}
