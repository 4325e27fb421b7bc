package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganworkbench.engine.ConditionalConfigs;
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

    @Test
    void conditionalRunsAreReproducibleToo() {
        GanConfig config = ConditionalConfigs.tinyMlp();
        assertArrayEquals(losses(config, 30), losses(config, 30), 0.0);
        GanConfig other = config.withTraining(config.training().withSeed(config.training().seed() + 1));
        assertNotEquals(losses(config, 3)[0], losses(other, 3)[0]);
    }

    @Test
    void theFakeLabelsAreDrawnAfreshFromTheRunsSeed() {
        GanConfig config = ConditionalConfigs.tinyMlp();
        Dataset data = Datasets.open(config.data());
        DiscriminatorStep step = new DiscriminatorStep(GanModel.create(config, data.shape(), data.classNames()),
                org.ganworkbench.engine.loss.GanLoss.of(config.loss()), new org.ganworkbench.engine.data.BatchSource(data, 7, 0), 7);
        int[] first = step.fakeLabels(RandomStreams.LABELS_D, 0, 64);
        assertArrayEquals(first, step.fakeLabels(RandomStreams.LABELS_D, 0, 64), "a function of (seed, stream, counter)");
        assertNotEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(step.fakeLabels(RandomStreams.LABELS_D, 1, 64)));
        assertNotEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(step.fakeLabels(RandomStreams.LABELS_G, 0, 64)));
        assertEquals(10, java.util.Arrays.stream(first).distinct().count(), "all ten digits among 64 fake labels");
    }

    private static double[] losses(GanConfig config, int steps) {
        Dataset data = Datasets.open(config.data());
        Trainer trainer = new Trainer(GanModel.create(config, data.shape(), data.classNames()), data, new TrainingCounters());
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
