package org.ganworkbench.engine.train;

import java.util.Locale;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.Presets;

/**
 * How fast a run and its branch train together: by turns (what the A / B tab does) or at the same
 * time on their own threads, with 1 or 2 native threads each; the run alone for reference. Prints
 * steps per second of the pair (A's steps + B's steps over the wall time).
 *
 * <pre>java -cp "target/classes:target/test-classes:target/lib/*" org.ganworkbench.engine.train.BranchPairSpeed digits-mlp 300</pre>
 */
public final class BranchPairSpeed {

    private BranchPairSpeed() {
    }

    public static void main(String[] args) {
        String preset = args.length > 0 ? args[0] : "digits-mlp";
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        GanConfig config = Presets.get(preset).config();
        System.out.printf(Locale.ROOT, "%s, %d steps each, %d cores%n", preset, steps, Runtime.getRuntime().availableProcessors());
        for (int round = 0; round < 2; round++) {
            for (int threads : new int[] {1, 2}) {
                System.out.printf(Locale.ROOT, "alone, %d thread(s): %.1f steps/s%n", threads, alone(config, threads, steps));
                System.out.printf(Locale.ROOT, "pair by turns, %d thread(s) each: %.1f steps/s%n", threads, pair(config, threads, steps, true));
                System.out.printf(Locale.ROOT, "pair at once, %d thread(s) each: %.1f steps/s%n", threads, pair(config, threads, steps, false));
            }
        }
    }

    private static double alone(GanConfig config, int threads, int steps) {
        try (TrainingRun a = TrainingRun.prepare(() -> RunPreparer.fresh(config), ThreadSetting.fixed(threads))) {
            a.trainUntil(30).join();
            long t0 = System.nanoTime();
            a.trainUntil(30 + steps).join();
            return steps / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private static double pair(GanConfig config, int threads, int steps, boolean byTurns) {
        try (TrainingRun a = TrainingRun.prepare(() -> RunPreparer.fresh(config), ThreadSetting.fixed(threads))) {
            a.trainUntil(30).join();
            try (TrainingRun b = a.branch(-1)) {
                b.ready().join();
                b.controls().set(org.ganworkbench.engine.config.ConfigFields.LR_D, 1e-4);
                if (byTurns) TrainingRun.alternate(a, b);
                long t0 = System.nanoTime();
                var fa = a.trainUntil(30 + steps);
                var fb = b.trainUntil(30 + steps);
                fa.join();
                fb.join();
                return 2.0 * steps / ((System.nanoTime() - t0) / 1e9);
            }
        }
    }
}
