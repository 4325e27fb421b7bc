package org.ganworkbench.engine.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.ganworkbench.engine.ConditionalConfigs;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.train.RunContext;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A conditional generator's principal directions are measured on the class the explorer shows
 * (see {@link LatentExplorer#principalDirections} for why not pooled): each class has its own, and
 * the explorer's model for a class gives that class's.
 */
@Tag("slow")
class ConditionalPrincipalDirectionsTest {

    @Test
    void theExplorersClassDecidesWhichDirectionsItGets() {
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(ConditionalConfigs.tinyMlp()), s -> { })) {
            run.trainUntil(30).join();
            run.submit((RunContext ctx) -> {
                GanModel model = ctx.model();
                LatentModel explorer = new LatentModel(model, ctx.fixedNoise(), 30, "cgan");
                LatentDirections zero = explorer.principalDirections(3);
                LatentDirections seven = explorer.forClass(7).principalDirections(3);

                assertSame(LatentExplorer.principalDirections(model, 3, 7), seven, "class 7 shown: class 7's directions");
                assertSame(LatentExplorer.principalDirections(model, 3, 0), zero, "class 0 shown: class 0's directions");
                double cos = Math.abs(Interpolation.dot(zero.directions()[0], seven.directions()[0]));
                assertTrue(cos < 0.999, "class 7's PC1 is its own, not class 0's: |cos| = " + cos);
                assertFalse(Arrays.equals(zero.variances(), seven.variances()), "measured on other features");
                return null;
            }).join();
        }
    }

    @Test
    void anUnconditionalGeneratorIgnoresTheClass() {
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()), s -> { })) {
            run.submit((RunContext ctx) -> {
                assertSame(LatentExplorer.principalDirections(ctx.model(), 2, 0),
                        new LatentModel(ctx.model(), ctx.fixedNoise(), 0, "ring").forClass(5).principalDirections(2), "");
                return null;
            }).join();
        }
    }

    private static void assertSame(LatentDirections expected, LatentDirections actual, String what) {
        assertArrayEquals(expected.variances(), actual.variances(), 0.0, what);
        for (int i = 0; i < expected.count(); i++) assertArrayEquals(expected.directions()[i], actual.directions()[i], 0f, what);
    }
}
