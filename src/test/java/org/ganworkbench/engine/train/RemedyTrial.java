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
        ComputeBackend.setThreads(1);
        GanConfig c = Presets.get(args[0]).config();
        int at = Integer.parseInt(args[1]);
        int total = Integer.parseInt(args[2]);
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(c), s -> { })) {
            run.ready().join();
            for (int s = 250; s <= total; s += 250) {
                if (s - 250 < at && s >= at) {
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
                System.out.printf("step %d acc %.2f Dx %.2f DGz %.2f |gG| %.2e %s%n", snap.step(), snap.dAccuracy(), snap.dReal(),
                        snap.dFake(), snap.gradNormG(), cov);
            }
        }
    }
}
