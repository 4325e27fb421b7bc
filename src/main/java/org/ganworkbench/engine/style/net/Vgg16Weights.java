package org.ganworkbench.engine.style.net;

import java.util.ArrayList;
import java.util.List;
import org.ganworkbench.engine.data.Rng;

/**
 * The weights of VGG16's kept convolutions ({@link Vgg16Layout#convs()}) as plain arrays, in DL4J's
 * layout: W [out, in, 3, 3] row-major and b [out]. They come from the model zoo's ImageNet network
 * ({@link ZooVgg16}) or, for timing and tests, from He initialisation (the cost of an iteration
 * does not depend on the values).
 *
 * @param source where they came from, said in the UI ("ImageNet weights from DL4J's model zoo")
 */
public record Vgg16Weights(String source, List<float[]> weights, List<float[]> biases, boolean pretrained) {

    public Vgg16Weights {
        List<Vgg16Layout.Conv> convs = Vgg16Layout.convs();
        if (weights.size() != convs.size() || biases.size() != convs.size()) {
            throw new IllegalArgumentException("VGG16 weights need " + convs.size() + " convolutions, got " + weights.size());
        }
        for (int i = 0; i < convs.size(); i++) {
            Vgg16Layout.Conv c = convs.get(i);
            if (weights.get(i).length != c.out() * c.in() * 9 || biases.get(i).length != c.out()) {
                throw new IllegalArgumentException(c.name() + " has weights of the wrong size");
            }
        }
        weights = List.copyOf(weights);
        biases = List.copyOf(biases);
    }

    /** He-initialised weights (normal, std sqrt(2 / fan-in)), zero biases: VGG16's shapes without its training. */
    public static Vgg16Weights random(long seed) {
        Rng rng = new Rng(seed);
        List<float[]> w = new ArrayList<>();
        List<float[]> b = new ArrayList<>();
        for (Vgg16Layout.Conv c : Vgg16Layout.convs()) {
            float[] k = new float[c.out() * c.in() * 9];
            rng.fillGaussian(k, 0, k.length, Math.sqrt(2.0 / (c.in() * 9)));
            w.add(k);
            b.add(new float[c.out()]);
        }
        return new Vgg16Weights("random weights (He initialisation; for timing, not for pictures)", w, b, false);
    }

    /** Parameters of the kept layers. */
    public long parameterCount() {
        long n = 0;
        for (int i = 0; i < weights.size(); i++) n += weights.get(i).length + biases.get(i).length;
        return n;
    }
}
