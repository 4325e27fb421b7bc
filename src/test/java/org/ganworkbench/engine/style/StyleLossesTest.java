package org.ganworkbench.engine.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The Gram matrix by hand, and every loss's gradient against central finite differences (double precision). */
class StyleLossesTest {

    private static final double H = 1e-6;

    @Test
    void gramIsTheChannelsInnerProductsOverTheirSize() {
        // 2 channels of 1x3, channels-last: a = (1, 2, 3), b = (0, -1, 4); C*H*W = 6
        INDArray f = Nd4j.create(new double[] {1, 0, 2, -1, 3, 4}, new long[] {1, 1, 3, 2}, 'c');
        INDArray g = StyleLosses.gram(f);
        assertEquals(14 / 6.0, g.getDouble(0, 0), 1e-12);
        assertEquals(10 / 6.0, g.getDouble(0, 1), 1e-12);
        assertEquals(10 / 6.0, g.getDouble(1, 0), 1e-12);
        assertEquals(17 / 6.0, g.getDouble(1, 1), 1e-12);
    }

    @Test
    void contentGradientMatchesFiniteDifferences() {
        Random r = new Random(1);
        INDArray f = random(r, 1, 3, 4, 5);
        INDArray p = random(r, 1, 3, 4, 5);
        double norm = StyleLosses.meanSquare(p);
        assertEquals(1.0, StyleLosses.content(p.mul(0), p, norm).value(), 1e-12, "all-zero features are 100% off");
        check(f, StyleLosses.content(f, p, norm).gradient(), x -> StyleLosses.content(x, p, norm).value());
    }

    @Test
    void styleGradientMatchesFiniteDifferences() {
        Random r = new Random(2);
        INDArray f = random(r, 1, 4, 3, 5);
        INDArray a = StyleLosses.gram(random(r, 1, 4, 3, 5));
        double norm = StyleLosses.sumOfSquares(a);
        assertEquals(0.0, StyleLosses.style(f, StyleLosses.gram(f), norm).value(), 1e-12, "own Gram: no style loss");
        check(f, StyleLosses.style(f, a, norm).gradient(), x -> StyleLosses.style(x, a, norm).value());
    }

    @Test
    void centredStyleGradientMatchesFiniteDifferences() {
        Random r = new Random(4);
        INDArray f = random(r, 1, 4, 3, 5);
        INDArray g = random(r, 1, 4, 3, 5).addi(2);
        INDArray fc = StyleLosses.centred(g);
        INDArray cov = fc.transpose().mmul(fc).divi(g.length());
        INDArray mu = StyleLosses.means(g);
        double covNorm = StyleLosses.sumOfSquares(cov);
        double muNorm = StyleLosses.sumOfSquares(mu);
        assertEquals(0.0, StyleLosses.centredStyle(g, cov, covNorm, mu, muNorm).value(), 1e-12, "own statistics: no loss");
        check(f, StyleLosses.centredStyle(f, cov, covNorm, mu, muNorm).gradient(),
                x -> StyleLosses.centredStyle(x, cov, covNorm, mu, muNorm).value());
    }

    @Test
    void variationGradientMatchesFiniteDifferencesAndFlatImagesCostNothing() {
        Random r = new Random(3);
        INDArray x = random(r, 1, 3, 4, 6);
        check(x, StyleLosses.variation(x).gradient(), y -> StyleLosses.variation(y).value());
        assertEquals(0.0, StyleLosses.variation(Nd4j.valueArrayOf(new long[] {1, 3, 4, 6}, 0.3, DataType.DOUBLE)).value(), 1e-12);
        // a vertical edge of height 1 between columns 2 and 3: |1| in one of 5 horizontal pairs per row
        INDArray edge = Nd4j.create(DataType.DOUBLE, 1, 3, 4, 6);
        edge.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.interval(3, 6)).assign(1);
        assertEquals(1 / 5.0, StyleLosses.variation(edge).value(), 1e-12);
    }

    /** Every element's analytic gradient against (L(x + h) - L(x - h)) / 2h. */
    private static void check(INDArray x, INDArray analytic, ToDoubleFunction<INDArray> loss) {
        assertEquals(DataType.DOUBLE, analytic.dataType());
        int checked = 0;
        for (long i = 0; i < x.length(); i++) {
            double original = x.getDouble(i);
            x.putScalar(i, original + H);
            double plus = loss.applyAsDouble(x);
            x.putScalar(i, original - H);
            double minus = loss.applyAsDouble(x);
            x.putScalar(i, original);
            double numeric = (plus - minus) / (2 * H);
            double a = analytic.getDouble(i);
            double scale = Math.max(1e-3, Math.max(Math.abs(numeric), Math.abs(a)));
            assertTrue(Math.abs(numeric - a) / scale < 1e-5, "element " + i + ": finite difference " + numeric + " vs analytic " + a);
            checked++;
        }
        assertEquals(x.length(), checked);
    }

    private static INDArray random(Random r, long... shape) {
        INDArray a = Nd4j.create(DataType.DOUBLE, shape);
        for (long i = 0; i < a.length(); i++) a.putScalar(i, r.nextGaussian());
        return a;
    }
}
