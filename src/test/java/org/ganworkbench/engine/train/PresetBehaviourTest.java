package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.data.PointDataset;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.metrics.ModeCoverage;
import org.ganworkbench.engine.metrics.ModeCoverageResult;
import org.ganworkbench.engine.model.GanModel;
import org.junit.jupiter.api.Test;

/**
 * The failure and remedy presets do what their captions promise, on shortened runs of the real
 * presets (the README's table has the full-length figures). Measured with the papers' criteria
 * (ModeCoverage: 3 standard deviations, 2,500 samples).
 */
class PresetBehaviourTest {

    @Test
    void vanillaRingCollapsesWherePackingCoversEveryMode() {
        ModeCoverageResult vanilla = train("ring-vanilla", 800);
        ModeCoverageResult packed = train("ring-pacgan", 2000);
        // collapsed ONTO a mode: a cloud between modes would cover none and have no high-quality samples
        assertTrue(vanilla.modesCovered() >= 1 && vanilla.modesCovered() <= 3, "collapse: " + vanilla.summary());
        assertTrue(vanilla.highQualityFraction() >= 0.05, "sitting on a mode: " + vanilla.summary());
        assertTrue(packed.modesCovered() == 8, "PacGAN covers the ring: " + packed.summary());
        double vanillaKl = Double.isNaN(vanilla.reverseKl()) ? Math.log(8) : vanilla.reverseKl(); // NaN: not one point on a mode
        assertTrue(packed.reverseKl() < vanillaKl, "and spreads evenly: " + packed.summary());
    }

    @Test
    void strongDiscriminatorWinsAndSaturatingLossStarvesG() {
        StepMetrics wins = trainMetrics("ring-d-wins", 600);
        assertTrue(wins.dAccuracy() > 0.85, "D wins: accuracy " + wins.dAccuracy());
        StepMetrics saturated = trainMetrics("ring-minimax", 300);
        StepMetrics nonSaturating = trainMetrics("ring-d-wins", 300);
        assertTrue(saturated.gradNormG() < 1e-2 * nonSaturating.gradNormG(),
                "minimax starves G: |grad G| " + saturated.gradNormG() + " vs " + nonSaturating.gradNormG());
    }

    private static ModeCoverageResult train(String preset, int steps) {
        GanConfig c = Presets.get(preset).config();
        Dataset data = Datasets.open(c.data());
        GanModel model = GanModel.create(c, data.shape());
        run(model, data, c, steps);
        float[] points = model.generate(model.prior().sample(new Rng(99), 2500), 2500);
        return new ModeCoverage(((PointDataset) data).mixture().orElseThrow()).evaluate(points);
    }

    private static StepMetrics trainMetrics(String preset, int steps) {
        GanConfig c = Presets.get(preset).config();
        Dataset data = Datasets.open(c.data());
        return run(GanModel.create(c, data.shape()), data, c, steps);
    }

    private static StepMetrics run(GanModel model, Dataset data, GanConfig c, int steps) {
        Trainer trainer = new Trainer(model, data, new TrainingCounters());
        StepMetrics last = null;
        for (int s = 0; s < steps; s++) {
            last = trainer.step(StepKind.FULL, c);
            assertTrue(last.ok(), last.problem());
        }
        return last;
    }
}
