package org.ganworkbench.engine.model;

import org.ganworkbench.engine.MemoryBudget;
import org.ganworkbench.engine.WorkbenchException;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.model.nn.Layer;
import org.ganworkbench.engine.model.nn.ParamSpec;

/**
 * What a pair of networks will hold, counted from their layers before anything is allocated, and
 * refused with a message when it does not fit: {@code train --g-hidden 8192,...} (eight layers of
 * 8192) grew to 19 GB and an MLP on 8192x8192 images aborted the JVM inside libnd4j, because the
 * allocation itself is what failed.
 *
 * <p>Native memory per parameter: the value, its gradient and the optimizer's two moments (Adam),
 * 4 floats. Per activation value: the output, the gradient flowing back and the kept input, 3
 * floats, for a batch of real and one of fake (D sees both); and rendering the
 * {@value #RENDERED} fixed-noise samples through G in inference (2 floats per value). Java heap:
 * the initial weights (one float per parameter, filled in Java), the saved copy of the largest
 * network, and the rendered samples three times (floats, copies, pixels). Checked against a real
 * run: an MLP with 8-wide layers on 1024x1024 images, batch 16, estimated 9.0 GB and peaked at
 * 9.4 GB of resident memory.
 *
 * @param parameters     of G and D together
 * @param largestNetwork parameters of the larger of the two (one Java array holds them at start and when saving)
 * @param activations    activation values of one example through G and D
 * @param generatorActivations activation values of one example through G alone
 * @param exampleValues  values of one example (G's output)
 * @param batch          examples per batch
 */
record ModelMemory(long parameters, long largestNetwork, long activations, long generatorActivations, long exampleValues,
                   int batch) {

    /** Fixed-noise samples a run renders at once (RunPreparer.FIXED_IMAGES). */
    static final int RENDERED = 256;

    /** Values of one example, at most: 256 fixed-noise samples of it must fit in one Java array. */
    static final long MAX_EXAMPLE_VALUES = (Integer.MAX_VALUE - 8L) / 256;

    private static final long FLOAT = Float.BYTES;

    /** Refuses examples too large to be held before any layer is even planned (widths are ints). */
    static void checkExample(DataShape shape, int packing) {
        long values = (long) shape.channels() * shape.height() * shape.width();
        if (shape.isImage() && values * Math.max(1, packing) > MAX_EXAMPLE_VALUES) {
            throw new WorkbenchException("Images of " + shape + " (" + String.format("%,d", values) + " values each"
                    + (packing > 1 ? ", packed " + packing + " at a time" : "") + ") are too large for a GAN here: at most "
                    + String.format("%,d", MAX_EXAMPLE_VALUES) + " values per example. Resize the images "
                    + "(folder:PATH?size=64 does it) or choose a smaller dataset.");
        }
    }

    static ModelMemory of(NetworkFactory.Plan g, NetworkFactory.Plan d, int batch, DataShape shape) {
        long gParams = parameters(g);
        long dParams = parameters(d);
        long gActivations = activations(g);
        return new ModelMemory(gParams + dParams, Math.max(gParams, dParams), saturatedAdd(gActivations, activations(d)),
                gActivations, shape.size(), batch);
    }

    long nativeBytes() {
        long training = times(activations, 3L * FLOAT * 2 * batch);
        long rendering = times(generatorActivations, 2L * FLOAT * RENDERED);
        return saturatedAdd(times(parameters, 4 * FLOAT), saturatedAdd(training, rendering));
    }

    long heapBytes() {
        return saturatedAdd(times(largestNetwork, 2 * FLOAT), times(exampleValues, 3L * FLOAT * RENDERED));
    }

    /** Throws a {@link WorkbenchException} naming the sizes when the networks would not fit. */
    void require() {
        if (largestNetwork > Integer.MAX_VALUE - 8L) {
            throw new WorkbenchException(String.format("The networks would have %,d parameters; one network can have at "
                    + "most %,d here: choose smaller layers or smaller images.", parameters, Integer.MAX_VALUE - 8L));
        }
        String what = String.format("the networks (%,d parameters, batch %d)", parameters, batch);
        MemoryBudget.requireNative(nativeBytes(), what);
        MemoryBudget.requireHeap(heapBytes(), what);
    }

    private static long parameters(NetworkFactory.Plan plan) {
        long count = 0;
        for (Layer layer : plan.layers()) {
            for (ParamSpec p : layer.params()) count = saturatedAdd(count, length(p.shape()));
        }
        return count;
    }

    private static long activations(NetworkFactory.Plan plan) {
        long[] shape = plan.inputShape();
        long count = length(shape);
        for (Layer layer : plan.layers()) {
            shape = layer.outputShape(shape);
            count = saturatedAdd(count, length(shape));
        }
        return count;
    }

    private static long length(long[] shape) {
        long n = 1;
        for (long s : shape) n = times(n, Math.max(s, 0));
        return n;
    }

    private static long times(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high != 0 || low < 0 ? Long.MAX_VALUE : low;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
