package org.ganworkbench.engine.model.nn;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The arrays a layer writes its results into, kept from step to step: one array per role and
 * batch size. A training step then allocates no native memory (no per-step growth, no garbage
 * for the collector), and the same few batch sizes recur: n for G, n or 2n for D, and the
 * renderer's chunk size.
 *
 * <p>Not thread-safe: owned by one layer on the run's engine thread.
 */
final class Buffers {

    /** More distinct batch sizes than a run uses; past it the cache starts over. */
    private static final int MAX_ENTRIES = 64;

    private record Key(String role, DataType type, long batch) {
    }

    private final Map<Key, INDArray> arrays = new HashMap<>();

    /**
     * An array of the given type and shape (c order) for this role, reused whenever the batch size
     * (the first dimension) recurs; the other dimensions are the layer's own and never change.
     */
    INDArray get(String role, DataType type, long... shape) {
        return get(role, type, 0, shape);
    }

    /** Like {@link #get} but filled with {@code value} when first created (e.g. a column of ones). */
    INDArray get(String role, DataType type, double value, long... shape) {
        Key key = new Key(role, type, shape[0]);
        INDArray a = arrays.get(key);
        if (a == null) {
            if (arrays.size() >= MAX_ENTRIES) arrays.clear();
            a = Nd4j.create(type, shape, 'c');
            if (value != 0) a.assign(value);
            arrays.put(key, a);
        }
        return a;
    }
}
