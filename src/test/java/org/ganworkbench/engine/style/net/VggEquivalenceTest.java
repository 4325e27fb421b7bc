package org.ganworkbench.engine.style.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * VGG16 on the project's own layers gives the features DL4J's zoo network gives with the same
 * weights (read out of the graph the way the zoo's ImageNet file is read), and carries gradients
 * back to the image as DL4J's layers do. 32x32 pictures: relu5_1 is 2x2 there.
 */
@Tag("slow")
class VggEquivalenceTest {

    private static final int SIZE = 32;
    private static ComputationGraph zoo;
    private static Vgg16Weights weights;

    @BeforeAll
    static void buildTheZooNetwork() {
        zoo = ZooGraphs.convolutionalPart(42);
        weights = ZooVgg16.weightsOf(zoo, "test", false);
    }

    @Test
    void ourLayersGiveTheZooNetworksFeatures() {
        INDArray image = randomImage(new Random(1));
        // VGG's preprocessing, written out: BGR, 0..255, minus the ImageNet means
        INDArray preprocessed = Nd4j.create(DataType.FLOAT, 1, 3, SIZE, SIZE);
        for (int c = 0; c < 3; c++) {
            VggFeatures.channel(preprocessed, c).assign(VggFeatures.channel(image, 2 - c).mul(255).sub(VggFeatures.MEAN_BGR[c]));
        }
        Map<String, INDArray> theirs = zoo.feedForward(preprocessed, false);
        VggFeatures ours = new VggFeatures(weights, SIZE);
        Map<String, INDArray> mine = ours.forward(image, Set.copyOf(Vgg16Layout.layerNames()));
        int vertex = 0;
        for (Vgg16Layout.Conv c : Vgg16Layout.convs()) {
            if (c.poolBefore()) vertex++;
            assertClose(theirs.get(String.valueOf(vertex)).permute(0, 2, 3, 1), mine.get(c.name()), c.name() + " (DL4J's NCHW as NHWC)");
            vertex++;
        }
    }

    @Test
    void gradientsToTheImageMatchDl4jsLayers() {
        Random r = new Random(2);
        INDArray image = randomImage(r);
        Set<String> taps = Set.of("relu1_2", "relu3_1", "relu4_2", "relu5_1");
        VggFeatures ours = new VggFeatures(weights, SIZE);
        Dl4jVggFeatures theirs = new Dl4jVggFeatures(weights, SIZE);
        Map<String, INDArray> mine = ours.forward(image, taps);
        Map<String, INDArray> dl4j = theirs.forward(image, taps);
        Map<String, INDArray> gradients = new HashMap<>();
        for (String t : taps) {
            assertClose(dl4j.get(t), mine.get(t), t);
            INDArray g = Nd4j.create(DataType.FLOAT, mine.get(t).shape());
            for (long i = 0; i < g.length(); i++) g.putScalar(i, r.nextGaussian());
            gradients.put(t, g);
        }
        assertClose(theirs.backward(gradients).dup(), ours.backward(gradients).dup(), "dLoss/dImage");
    }

    /** Equal to 1e-4 of the largest magnitude (float, different convolution algorithms, 11 layers deep). */
    private static void assertClose(INDArray expected, INDArray actual, String what) {
        assertEquals(java.util.Arrays.toString(expected.shape()), java.util.Arrays.toString(actual.shape()), what + " shape");
        double scale = expected.amaxNumber().doubleValue();
        assertTrue(scale > 0, what + " is all zeros: the comparison would prove nothing");
        double error = expected.sub(actual).amaxNumber().doubleValue();
        assertTrue(error <= 1e-4 * scale, what + ": largest difference " + error + " for values up to " + scale);
    }

    private static INDArray randomImage(Random r) {
        INDArray x = Nd4j.create(DataType.FLOAT, 1, 3, SIZE, SIZE);
        for (long i = 0; i < x.length(); i++) x.putScalar(i, r.nextDouble());
        return x;
    }
}
