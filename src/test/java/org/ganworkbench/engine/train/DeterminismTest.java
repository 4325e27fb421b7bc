package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.model.GanModel;
import org.junit.jupiter.api.Test;

/** The same seed and config on the CPU give the same run, step for step. */
class DeterminismTest {

    @Test
    void sameSeedGivesIdenticalLossesForTheFirst100Steps() {
        GanConfig config = TestConfigs.tinyRing();
        double[] first = losses(config, 100);
        double[] second = losses(config, 100);
        assertArrayEquals(first, second, 0.0);
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        GanConfig config = TestConfigs.tinyRing();
        GanConfig other = config.withTraining(config.training().withSeed(config.training().seed() + 1));
        assertNotEquals(losses(config, 5)[0], losses(other, 5)[0]);
    }

    private static double[] losses(GanConfig config, int steps) {
        Dataset data = Datasets.open(config.data());
        Trainer trainer = new Trainer(GanModel.create(config, data.shape()), data, new TrainingCounters());
        double[] out = new double[2 * steps];
        for (int i = 0; i < steps; i++) {
            StepMetrics m = trainer.step(StepKind.FULL, config);
            assertTrue(m.ok(), m.problem());
            out[2 * i] = m.lossD();
            out[2 * i + 1] = m.lossG();
        }
        return out;
    }
}
