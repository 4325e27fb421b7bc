package org.ganworkbench.engine.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.ganworkbench.engine.config.LossKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each loss's value at known points, and its gradient against central finite differences. */
class GanLossTest {

    private static final float[] SCORES = {-3.2f, -0.7f, 0.05f, 0.4f, 1.3f, 2.9f};

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void gradientsMatchFiniteDifferences(LossKind kind) {
        GanLoss loss = GanLoss.of(kind);
        check(s -> loss.discriminatorReal(s, 0.1), "D real");
        check(loss::discriminatorFake, "D fake");
        check(loss::generator, "G");
    }

    @Test
    void sigmoidLossesAtKnownPoints() {
        float[] zero = {0f};
        GanLoss ns = GanLoss.of(LossKind.NON_SATURATING);
        assertEquals(Math.log(2), ns.discriminatorReal(zero, 0).value(), 1e-9);
        assertEquals(Math.log(2), ns.discriminatorFake(zero).value(), 1e-9);
        assertEquals(Math.log(2), ns.generator(zero).value(), 1e-9);
        assertEquals(-Math.log(2), GanLoss.of(LossKind.MINIMAX).generator(zero).value(), 1e-9);
        assertEquals(0.5, ns.displayValue(0), 1e-12);
    }

    @Test
    void minimaxGradientVanishesWhenDRejectsTheFakes() {
        float[] confidentlyFake = {-12f};
        double minimax = GanLoss.of(LossKind.MINIMAX).generator(confidentlyFake).gradient()[0];
        double nonSaturating = GanLoss.of(LossKind.NON_SATURATING).generator(confidentlyFake).gradient()[0];
        assertEquals(0, minimax, 1e-5, "the saturating loss gives G almost nothing to learn from");
        assertEquals(-1, nonSaturating, 1e-4, "the non-saturating loss keeps a strong gradient");
    }

    @Test
    void labelSmoothingMovesTheRealTarget() {
        GanLoss ns = GanLoss.of(LossKind.NON_SATURATING);
        // the optimum of softplus(l) - t*l is sigmoid(l) = t: the gradient vanishes at the smoothed target
        float logitOfNinety = (float) Math.log(0.9 / 0.1);
        assertEquals(0, ns.discriminatorReal(new float[] {logitOfNinety}, 0.1).gradient()[0], 1e-6);
        GanLoss ls = GanLoss.of(LossKind.LEAST_SQUARES);
        assertEquals(0, ls.discriminatorReal(new float[] {0.9f}, 0.1).gradient()[0], 1e-6);
    }

    @Test
    void wassersteinAndHingeValues() {
        float[] scores = {1f, 3f};
        GanLoss w = GanLoss.of(LossKind.WASSERSTEIN);
        assertEquals(-2, w.discriminatorReal(scores, 0).value(), 1e-9);
        assertEquals(2, w.discriminatorFake(scores).value(), 1e-9);
        assertEquals(2, w.decisionThreshold(new float[] {3f}, new float[] {1f}), 1e-9);
        GanLoss h = GanLoss.of(LossKind.HINGE);
        assertEquals(0, h.discriminatorReal(scores, 0).value(), 1e-9, "beyond the margin: no loss");
        assertEquals(3, h.discriminatorFake(scores).value(), 1e-9, "(2 + 4) / 2");
    }

    @Test
    void extremeLogitsStayFinite() {
        float[] extreme = {-1e4f, 1e4f};
        for (LossKind k : new LossKind[] {LossKind.MINIMAX, LossKind.NON_SATURATING}) {
            GanLoss loss = GanLoss.of(k);
            assertFinite(loss.discriminatorReal(extreme, 0));
            assertFinite(loss.discriminatorFake(extreme));
            assertFinite(loss.generator(extreme));
        }
    }

    private static void assertFinite(LossTerm t) {
        assertTrue(Double.isFinite(t.value()));
        for (float g : t.gradient()) assertTrue(Float.isFinite(g));
    }

    /** Central differences around each score (the points avoid the hinge's kinks at +-1). */
    private static void check(Function<float[], LossTerm> f, String what) {
        LossTerm at = f.apply(SCORES);
        double h = 1e-2;
        for (int i = 0; i < SCORES.length; i++) {
            float[] plus = SCORES.clone();
            float[] minus = SCORES.clone();
            plus[i] += (float) h;
            minus[i] -= (float) h;
            double numeric = (f.apply(plus).value() - f.apply(minus).value()) / (plus[i] - minus[i]);
            assertEquals(numeric, at.gradient()[i], 2e-4, what + " gradient at score " + SCORES[i]);
        }
    }
}
