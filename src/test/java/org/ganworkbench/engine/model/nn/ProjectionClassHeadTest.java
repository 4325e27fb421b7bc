package org.ganworkbench.engine.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.ganworkbench.engine.model.nn.ParamSpec.Init;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The projection D's class head (AC-GAN): for a loss r . score + q . logits, the gradients of
 * every parameter and of the image part of the input against finite differences (double
 * precision); without a class gradient the head learns nothing and the score's gradients are
 * those of a D without the head.
 */
@Tag("slow")
class ProjectionClassHeadTest {

    private static final double H = 1e-6;
    private static final int K = 3;
    private static final int N = 5;

    @Test
    void scoreAndClassGradientsMatchFiniteDifferences() {
        Sequential net = net(true);
        ClassHead head = (ClassHead) net.layers().get(0);
        INDArray x = input(4);
        Random random = new Random(7);
        INDArray r = gaussian(random, N, 1);
        INDArray q = gaussian(random, N, K);

        net.forward(x, true);
        head.setClassGradient(q);
        INDArray dx = net.backward(r, true, true).dup();
        double[] analytic = net.gradient().dup().toDoubleVector();

        INDArray params = net.params();
        int checked = 0;
        for (Sequential.Range range : net.trainedRanges()) {
            for (long i = range.from(); i < range.to(); i++, checked++) {
                double original = params.getDouble(0, i);
                params.putScalar(0, i, original + H);
                double plus = loss(net, head, x, r, q);
                params.putScalar(0, i, original - H);
                double minus = loss(net, head, x, r, q);
                params.putScalar(0, i, original);
                close((plus - minus) / (2 * H), analytic[(int) i], "parameter " + i);
            }
        }
        assertEquals(net.params().length(), checked, "every parameter is trained and checked");
        for (int n = 0; n < N; n++) {
            for (int i = 0; i < 4; i++) {
                double original = x.getDouble(n, i);
                x.putScalar(n, i, original + H);
                double plus = loss(net, head, x, r, q);
                x.putScalar(n, i, original - H);
                double minus = loss(net, head, x, r, q);
                x.putScalar(n, i, original);
                close((plus - minus) / (2 * H), dx.getDouble(n, i), "input " + n + "," + i);
            }
            for (int i = 4; i < 4 + K; i++) assertEquals(0.0, dx.getDouble(n, i), 0.0, "no gradient into the label");
        }
    }

    @Test
    void withoutAClassGradientTheHeadLearnsNothingAndTheScoreIsUnchanged() {
        Sequential plain = net(false);
        Sequential withHead = net(true);
        // the same body, W, b and E: the head's two tensors come last
        long shared = plain.params().length();
        withHead.params().get(org.nd4j.linalg.indexing.NDArrayIndex.point(0),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(0, shared)).assign(plain.params());
        INDArray x = input(4);
        INDArray r = gaussian(new Random(3), N, 1);

        assertEquals(plain.forward(x, true), withHead.forward(x, true));
        INDArray dxPlain = plain.backward(r, true, true).dup();
        INDArray dxHead = withHead.backward(r, true, true).dup();
        assertEquals(dxPlain, dxHead);
        double[] g = withHead.gradient().toDoubleVector();
        for (long i = shared; i < g.length; i++) assertEquals(0.0, g[(int) i], 0.0, "class head parameter " + i);

        // a class gradient is used by one backward pass only
        withHead.forward(x, true);
        ((ClassHead) withHead.layers().get(0)).setClassGradient(gaussian(new Random(4), N, K));
        withHead.backward(r, true, true);
        withHead.forward(x, true);
        assertEquals(dxPlain, withHead.backward(r, true, true));
    }

    private static Sequential net(boolean classHead) {
        Init w = Init.normal(0.5);
        return new Sequential(new long[] {4 + K}, List.of(new ProjectionDiscriminator(
                List.of(new Dense(4, 5, w), Activation.leakyRelu(0.2), new Dense(5, 6, w), Activation.leakyRelu(0.2)),
                new long[] {4}, K, 6, w, classHead)), 3, DataType.DOUBLE);
    }

    private static INDArray input(int width) {
        Random random = new Random(1);
        INDArray x = Nd4j.create(DataType.DOUBLE, N, width + K);
        for (int n = 0; n < N; n++) {
            for (int i = 0; i < width; i++) x.putScalar(n, i, random.nextGaussian());
            x.putScalar(n, width + n % K, 1);
        }
        return x;
    }

    private static INDArray gaussian(Random random, int rows, int columns) {
        INDArray a = Nd4j.create(DataType.DOUBLE, rows, columns);
        for (int i = 0; i < a.length(); i++) a.putScalar(i, random.nextGaussian());
        return a;
    }

    private static double loss(Sequential net, ClassHead head, INDArray x, INDArray r, INDArray q) {
        double score = net.forward(x, true).mul(r).sumNumber().doubleValue();
        return score + head.classLogits().mul(q).sumNumber().doubleValue();
    }

    private static void close(double numeric, double analytic, String what) {
        double scale = Math.max(0.01, Math.max(Math.abs(numeric), Math.abs(analytic)));
        double error = Math.abs(numeric - analytic);
        assertTrue(error < 1e-9 || error / scale < 1e-5, what + ": finite difference " + numeric + " vs analytic " + analytic);
    }
}
