package org.ganworkbench.engine.data;

import java.util.List;
import java.util.Optional;
import org.ganworkbench.engine.config.DataShape;

/**
 * A finite, in-memory set of examples. Values are what the networks see: images scaled to
 * [-1, 1] (the generator's tanh range), 2D points as they are.
 *
 * <p>Implementations store their examples compactly (one primitive array, no object per example)
 * and are immutable, so they may be read from any thread.
 */
public interface Dataset {

    /** The id it was opened with, e.g. {@code digits} or {@code csv:/home/me/points.csv}. */
    String id();

    /** One line for people, e.g. "Procedural digits: 20,000 examples, 28x28 gray, 10 classes". */
    String description();

    DataShape shape();

    /** Number of examples; at least 1. */
    int size();

    /** Writes example {@code index} ({@code shape().size()} values) into {@code dst} from {@code offset}. */
    void copyExample(int index, float[] dst, int offset);

    /** Class names when labelled (index = label), otherwise empty. */
    default List<String> classNames() {
        return List.of();
    }

    /** The class of example {@code index}, or -1 when unlabelled. */
    default int label(int index) {
        return -1;
    }

    /** For mixtures of Gaussians: where the modes are (used to measure mode coverage). */
    default Optional<GaussianMixture> mixture() {
        return Optional.empty();
    }

    /** A SHA-256 (hex) of the examples and labels: a saved run records which data it was trained on. */
    String fingerprint();
}
