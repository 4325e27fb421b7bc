package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.model.GanModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A step gives the same bits on 1, 2 and 4 native threads, so the thread count (chosen by the
 * user, or changed by ThreadGovernor while other processes take cores) never changes a run.
 * On the presets' own shapes: the products that split their sums between threads are the large
 * ones (a weight gradient over a batch of 256, the MLP's 784 and 1024 inputs), which tiny test
 * networks would not reach. Before those products ran on one thread, every model here differed in
 * its first steps.
 */
@Tag("slow")
class ThreadIndependenceTest {

    @AfterEach
    void backToOneThread() {
        ComputeBackend.setTrainingThreads(1);
    }

    @Test
    void theRingRemedyIsTheSameRunOnOneTwoAndFourThreads() {
        assertSameOnEveryThreadCount("ring-pacgan", 3);
    }

    @Test
    void theDigitsMlpIsTheSameRunOnOneTwoAndFourThreads() {
        assertSameOnEveryThreadCount("digits-mlp", 2);
    }

    @Test
    void theDigitsDcganIsTheSameRunOnOneTwoAndFourThreads() {
        assertSameOnEveryThreadCount("digits-dcgan", 1);
    }

    /** The penalties' extra passes, Java sums and element-wise additions: the same bits too. */
    @Test
    void thePenalisedRingIsTheSameRunOnOneTwoAndFourThreads() {
        Run penalised = assertSameOnEveryThreadCount("ring-d-wins", 2,
                c -> c.withTricks(c.tricks().withR1Penalty(1).withGradientPenalty(1).withDWeightDecay(1e-3)));
        Run plain = train("ring-d-wins", 2, 1, c -> c);
        assertFalse(java.util.Arrays.equals(plain.d, penalised.d), "the penalties changed D's updates");
    }

    @Test
    void theDcganWithR1IsTheSameRunOnOneTwoAndFourThreads() {
        assertSameOnEveryThreadCount("digits-dcgan", 1, c -> c.withTricks(c.tricks().withR1Penalty(5).withDWeightDecay(1e-3)));
    }

    private static void assertSameOnEveryThreadCount(String preset, int steps) {
        assertSameOnEveryThreadCount(preset, steps, c -> c);
    }

    private static Run assertSameOnEveryThreadCount(String preset, int steps, UnaryOperator<GanConfig> change) {
        Run one = train(preset, steps, 1, change);
        for (int threads : new int[] {2, 4}) {
            Run other = train(preset, steps, threads, change);
            // a delta of 0 compares the bits
            assertArrayEquals(one.losses, other.losses, 0.0, preset + ": losses on 1 and " + threads + " threads");
            assertArrayEquals(one.g, other.g, 0f, preset + ": G's parameters on 1 and " + threads + " threads");
            assertArrayEquals(one.d, other.d, 0f, preset + ": D's parameters on 1 and " + threads + " threads");
        }
        return one;
    }

    private record Run(double[] losses, float[] g, float[] d) {
    }

    private static Run train(String preset, int steps, int threads, UnaryOperator<GanConfig> change) {
        ComputeBackend.setTrainingThreads(threads);
        GanConfig c = change.apply(Presets.get(preset).config());
        Dataset data = Datasets.open(c.data());
        GanModel model = GanModel.create(c, data.shape(), data.classNames());
        Trainer trainer = new Trainer(model, data, new TrainingCounters());
        double[] losses = new double[2 * steps];
        for (int i = 0; i < steps; i++) {
            StepMetrics m = trainer.step(StepKind.FULL, c);
            assertTrue(m.ok(), m.problem());
            losses[2 * i] = m.lossD();
            losses[2 * i + 1] = m.lossG();
        }
        return new Run(losses, model.generator().params().data().asFloat(), model.discriminator().params().data().asFloat());
    }
}
