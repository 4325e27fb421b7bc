package org.ganworkbench.engine.judge;

import java.util.ArrayList;
import java.util.List;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.model.nn.Activation;
import org.ganworkbench.engine.model.nn.Conv2d;
import org.ganworkbench.engine.model.nn.Dense;
import org.ganworkbench.engine.model.nn.Layer;
import org.ganworkbench.engine.model.nn.Optimizer;
import org.ganworkbench.engine.model.nn.ParamSpec.Init;
import org.ganworkbench.engine.model.nn.Reshape;
import org.ganworkbench.engine.model.nn.Sequential;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The judge's network: a small CNN classifier of the GAN's own images, in two parts so one pass
 * gives both what the judge says and what it sees.
 * <pre>
 * body: x [C, H, W] -> [Conv(k4 s2 p1) + LReLU(0.2)] ... until the side is at most 8 -> flatten
 *       -> Dense(FEATURES) + ReLU      the judge's features (Fréchet distance, neighbours)
 * head: features -> Dense(classes)     logits
 * </pre>
 * For 28x28: 1x28x28 -> 32x14x14 -> 64x7x7 -> 128 -> 10. No batch norm, no dropout: training and
 * inference compute the same function, and the judge scores each image on its own.
 *
 * <p>Not thread-safe: one thread at a time (the one training it, then the one using it).
 */
final class JudgeNetwork {

    /** Bumped whenever the layers change, so cached judges of an older layout are retrained, not misread. */
    static final int ARCHITECTURE = 1;
    static final int FEATURES = 128;
    private static final int FIRST_CHANNELS = 32;
    private static final int SMALLEST_SIDE = 8;
    private static final double LEAKY_SLOPE = 0.2;
    private static final long SEED = 0x1D6EL;
    static final double LEARNING_RATE = 1e-3;

    final DataShape shape;
    final int classes;
    final Sequential body;
    final Sequential head;
    private Optimizer bodyOptimizer;
    private Optimizer headOptimizer;
    private int iteration;

    JudgeNetwork(DataShape shape, int classes) {
        this.shape = shape;
        this.classes = classes;
        this.body = body(shape);
        this.head = new Sequential(new long[] {FEATURES},
                List.of(new Dense(FEATURES, classes, Init.uniform(1 / Math.sqrt(FEATURES)))), SEED + 1);
    }

    private static Sequential body(DataShape shape) {
        List<Layer> layers = new ArrayList<>();
        int channels = shape.channels();
        int out = FIRST_CHANNELS;
        int h = shape.height();
        int w = shape.width();
        while (h > SMALLEST_SIDE && w > SMALLEST_SIDE && h % 2 == 0 && w % 2 == 0) {
            layers.add(new Conv2d(channels, out, 4, 2, 1, Init.uniform(1 / Math.sqrt(channels * 16.0))));
            layers.add(Activation.leakyRelu(LEAKY_SLOPE));
            channels = out;
            out *= 2;
            h /= 2;
            w /= 2;                                                     // state size: channels x h x w
        }
        int flat = channels * h * w;
        layers.add(new Reshape(flat));
        layers.add(new Dense(flat, FEATURES, Init.uniform(1 / Math.sqrt(flat))));
        layers.add(Activation.relu());                                  // state size: FEATURES
        return new Sequential(new long[] {shape.channels(), shape.height(), shape.width()}, layers, SEED);
    }

    /** Features [n, FEATURES] of images [n, C, H, W]; owned by the network until its next pass. */
    INDArray features(INDArray images, boolean training) {
        return body.forward(images, training);
    }

    /** Logits [n, classes] of features from {@link #features}; owned by the network until its next pass. */
    INDArray logits(INDArray features, boolean training) {
        return head.forward(features, training);
    }

    /** Backpropagates dLoss/dLogits through the last training passes and takes one Adam step on both parts. */
    void learn(INDArray logitGradient) {
        if (bodyOptimizer == null) {
            bodyOptimizer = new Optimizer(new Adam(LEARNING_RATE, 0.9, 0.999, 1e-8), body);
            headOptimizer = new Optimizer(new Adam(LEARNING_RATE, 0.9, 0.999, 1e-8), head);
        }
        INDArray featureGradient = head.backward(logitGradient, true, true);
        body.backward(featureGradient, true, false);
        headOptimizer.step(iteration);
        bodyOptimizer.step(iteration);
        iteration++;
    }

    /** Changes both optimizers' rate for the next steps (their moments are kept). */
    void setLearningRate(double rate) {
        if (bodyOptimizer == null) return;
        bodyOptimizer.setLearningRate(rate);
        headOptimizer.setLearningRate(rate);
    }

    /** Drops the optimizers' state once training is over (a trained judge only infers). */
    void finishTraining() {
        bodyOptimizer = null;
        headOptimizer = null;
    }
}
