package org.ganworkbench.engine.train;

import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.data.PointDataset;
import org.ganworkbench.engine.metrics.ModeCoverage;

/** Not a test: trains a preset, applies live knob changes at a step, and prints mode coverage as it goes. */
public final class RemedyTrial {
    /** args: preset, change-at-step, total steps, then key=value changes */
    public static void main(String[] args) {
        ComputeBackend.initialize();
        ComputeBackend.setTrainingThreads(1);
        GanConfig c = Presets.get(args[0]).config();
        int at = Integer.parseInt(args[1]);
        int total = Integer.parseInt(args[2]);
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(c), s -> { })) {
            run.ready().join();
            int every = Integer.getInteger("every", 250);
            for (int s = every; s <= total; s += every) {
                if (s - every < at && s >= at) {
                    run.trainUntil(at).join();
                    for (int i = 3; i < args.length; i++) {
                        String[] kv = args[i].split("=");
                        var f = ConfigFields.byKey(kv[0]).orElseThrow();
                        run.controls().set(f, f.parse(kv[1]));
                    }
                    System.out.println("applied at " + at);
                }
                var snap = run.trainUntil(s).join();
                String cov = run.submit(ctx -> new ModeCoverage(((PointDataset) ctx.dataset()).mixture().orElseThrow())
                        .evaluate(ctx.model().generate(ctx.model().prior().sample(new Rng(99), 2500), 2500)).summary()).join();
                History h = run.history();
                int n = h.size();
                double[] g = h.column(HistoryColumn.GRAD_NORM_G, Math.max(0, n - 50), n);
                double[] acc = h.column(HistoryColumn.D_ACCURACY, Math.max(0, n - 50), n);
                java.util.Arrays.sort(g);
                java.util.Arrays.sort(acc);
                System.out.printf("step %d acc %.2f |gG| %.2e (medians of the last 50 steps) %s%n", snap.step(),
                        acc[acc.length / 2], g[g.length / 2], cov);
            }
        }
    }
}
