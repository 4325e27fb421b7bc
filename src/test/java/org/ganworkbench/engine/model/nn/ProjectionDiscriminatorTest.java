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
 * The projection discriminator's gradients against finite differences (double precision), with the
 * label as trailing one-hot columns (MLP) and as constant planes (DCGAN); the label part of the
 * input gets no gradient, and the label changes the score only through the projection.
 */
@Tag("slow")
class ProjectionDiscriminatorTest {

    private static final double H = 1e-6;
    private static final int K = 3;

    @Test
    void denseBodyWithLabelColumns() {
        Init w = Init.normal(0.5);
        Sequential net = new Sequential(new long[] {4 + K}, List.of(new ProjectionDiscriminator(
                List.of(new Dense(4, 5, w), Activation.leakyRelu(0.2), new Dense(5, 6, w), Activation.leakyRelu(0.2)),
                new long[] {4}, K, 6, w)), 3, DataType.DOUBLE);
        Random random = new Random(1);
        INDArray x = Nd4j.create(DataType.DOUBLE, 5, 4 + K);
        for (int n = 0; n < 5; n++) {
            for (int i = 0; i < 4; i++) x.putScalar(n, i, random.nextGaussian());
            x.putScalar(n, 4 + n % K, 1);
        }
        check(net, x, 4);
    }

    @Test
    void convolutionalBodyWithLabelPlanes() {
        Init w = Init.normal(0.5);
        Sequential net = new Sequential(new long[] {1 + K, 8, 8}, List.of(new ProjectionDiscriminator(List.of(
                new Conv2d(1, 4, 4, 2, 1, w), Activation.leakyRelu(0.2), new Conv2d(4, 3, 4, 2, 1, w), new BatchNorm(3),
                Activation.leakyRelu(0.2), new Reshape(3 * 2 * 2)), new long[] {1, 8, 8}, K, 12, w)), 3, DataType.DOUBLE);
        Random random = new Random(2);
        INDArray x = Nd4j.create(DataType.DOUBLE, 5, 1 + K, 8, 8);
        for (int n = 0; n < 5; n++) {
            for (int i = 0; i < 64; i++) x.putScalar(new long[] {n, 0, i / 8, i % 8}, random.nextGaussian());
            for (int i = 0; i < 64; i++) x.putScalar(new long[] {n, 1 + n % K, i / 8, i % 8}, 1);
        }
        check(net, x, 64);
    }

    @Test
    void theLabelChangesTheScoreOnlyThroughTheProjection() {
        Sequential net = new Sequential(new long[] {2 + K}, List.of(new ProjectionDiscriminator(
                List.of(new Dense(2, 3, Init.normal(0.5)), Activation.relu()), new long[] {2}, K, 3, Init.normal(0.5))), 3,
                DataType.DOUBLE);
        INDArray asClass0 = Nd4j.createFromArray(new double[][] {{0.3, -0.7, 1, 0, 0}});
        INDArray asClass2 = Nd4j.createFromArray(new double[][] {{0.3, -0.7, 0, 0, 1}});
        double s0 = net.forward(asClass0, true).getDouble(0);
        double s2 = net.forward(asClass2, true).getDouble(0);
        assertTrue(Math.abs(s0 - s2) > 1e-6, "the same image scores differently as another class");
        // with the embedding zeroed the label has no way in
        long k3 = 3L * K;
        net.params().get(org.nd4j.linalg.indexing.NDArrayIndex.point(0),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(net.params().length() - k3, net.params().length())).assign(0);
        assertEquals(net.forward(asClass0, true).getDouble(0), net.forward(asClass2, true).getDouble(0), 1e-12);
    }

    /** Every trained parameter tensor (about 8 points each); the input on its image part, and zero on the label part. */
    private static void check(Sequential net, INDArray x, int imageValuesPerExample) {
        Random random = new Random(7);
        INDArray r = Nd4j.create(DataType.DOUBLE, x.size(0), 1);
        for (int i = 0; i < r.length(); i++) r.putScalar(i, random.nextGaussian());
        net.forward(x, true);
        INDArray dx = net.backward(r, true, true).dup();
        double[] analytic = net.gradient().dup().toDoubleVector();
        INDArray params = net.params();
        for (Sequential.Range range : net.trainedRanges()) {
            for (long i = range.from(); i < range.to(); i += Math.max(1, range.length() / 8)) {
            double original = params.getDouble(0, i);
            params.putScalar(0, i, original + H);
            double plus = loss(net, x, r);
            params.putScalar(0, i, original - H);
            double minus = loss(net, x, r);
            params.putScalar(0, i, original);
            close((plus - minus) / (2 * H), analytic[(int) i], "parameter " + i);
            }
        }
        INDArray flatX = x.reshape(x.length());
        INDArray flatDx = dx.reshape(dx.length());
        long perExample = x.length() / x.size(0);
        for (long i = 0; i < x.length(); i += i % perExample >= imageValuesPerExample ? 1 : 11) {
            if (i % perExample >= imageValuesPerExample) {
                assertEquals(0.0, flatDx.getDouble(i), 0.0, "no gradient into the label, input " + i);
                continue;
            }
            double original = flatX.getDouble(i);
            flatX.putScalar(i, original + H);
            double plus = loss(net, x, r);
            flatX.putScalar(i, original - H);
            double minus = loss(net, x, r);
            flatX.putScalar(i, original);
            close((plus - minus) / (2 * H), flatDx.getDouble(i), "input " + i);
        }
    }

    private static double loss(Sequential net, INDArray x, INDArray r) {
        return net.forward(x, true).mul(r).sumNumber().doubleValue();
    }

    private static void close(double numeric, double analytic, String what) {
        double scale = Math.max(0.01, Math.max(Math.abs(numeric), Math.abs(analytic)));
        double error = Math.abs(numeric - analytic);
        assertTrue(error < 1e-9 || error / scale < 1e-5, what + ": finite difference " + numeric + " vs analytic " + analytic);
    }
}
