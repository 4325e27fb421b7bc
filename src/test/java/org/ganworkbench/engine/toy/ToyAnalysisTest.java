package org.ganworkbench.engine.toy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.LossKind;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.train.QualityPoint;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.Test;

class ToyAnalysisTest {

    @Test
    void fieldMatchesDsOwnScoresAndPushFollowsTheLossGradient() {
        GanConfig config = TestConfigs.tinyRing();
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config))) {
            run.ready().join();
            run.trainUntil(30).join();
            ViewBox box = new ViewBox(-3, -3, 3, 3);
            DiscriminatorField field = run.submit(c -> ToyAnalysis.discriminatorField(c, box, 8)).join();
            assertFalse(field.diverging());
            float[] cells = box.cellCenters(8);
            float[] scores = run.submit(c -> c.model().score(cells, 64)).join();
            for (int i = 0; i < 64; i++) {
                assertEquals(1 / (1 + Math.exp(-scores[i])), field.values()[i], 1e-6, "sigmoid of D's score");
            }

            // finite-difference check of the push at a few points: -d loss_G / dx
            float[] pts = {0.5f, -1.2f, 2.0f, 0.1f, -1.5f, 1.5f};
            float[] push = run.submit(c -> ToyAnalysis.generatorPush(c, pts)).join();
            float[] dBefore = run.submit(c -> c.model().discriminator().params().toFloatVector()).join();
            for (int i = 0; i < pts.length; i++) {
                final int k = i;
                double numeric = run.submit(c -> {
                    GanModel m = c.model();
                    float[] plus = pts.clone();
                    float[] minus = pts.clone();
                    plus[k] += 1e-2f;
                    minus[k] -= 1e-2f;
                    double sPlus = m.score(plus, 3)[k / 2];
                    double sMinus = m.score(minus, 3)[k / 2];
                    return (softplus(-sPlus) - softplus(-sMinus)) / (plus[k] - minus[k]); // non-saturating G loss
                }).join();
                assertEquals(-numeric, push[i], 2e-3 + 0.02 * Math.abs(numeric), "push component " + i);
            }
            assertArrayEquals(dBefore, run.submit(c -> c.model().discriminator().params().toFloatVector()).join(),
                    "analysis never changes D");
        }
    }

    @Test
    void wassersteinCriticIsShownAsADivergingMap() {
        GanConfig config = TestConfigs.tinyRing().withLoss(LossKind.WASSERSTEIN);
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config))) {
            run.ready().join();
            assertTrue(run.submit(c -> ToyAnalysis.discriminatorField(c, new ViewBox(-1, -1, 1, 1), 4)).join().diverging());
        }
    }

    @Test
    void qualityIsMeasuredWheneverPointsAreRendered() {
        GanConfig config = TestConfigs.tinyRing(); // renders every 10 steps
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config))) {
            run.ready().join();
            run.trainUntil(30).join();
            var quality = run.submit(c -> c.quality().since(0)).join();
            assertEquals(4, quality.size(), "at steps 0, 10, 20, 30");
            QualityPoint last = quality.get(3);
            assertEquals(30, last.step());
            assertEquals(8, last.totalModes());
            assertTrue(last.jensenShannon() >= 0 && last.jensenShannon() <= Math.log(2) + 1e-9);
        }
    }

    private static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
