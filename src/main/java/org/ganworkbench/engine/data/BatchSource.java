package org.ganworkbench.engine.data;

/**
 * Draws batches of real examples: each epoch visits every example once in a fresh random order
 * (like a shuffling data loader). The order of epoch e depends only on (seed, e), so a resumed
 * run that knows how many examples were drawn continues with exactly the same batches.
 *
 * <p>Not thread-safe: owned by the run's engine thread. The returned arrays are reused.
 */
public final class BatchSource {

    private static final long SHUFFLE_STREAM = 0x5_4_0FF1EL;

    private final Dataset dataset;
    private final long seed;
    private final int exampleSize;
    private long examplesDrawn;
    private long permutationEpoch = -1;
    private int[] permutation;
    private float[] values = new float[0];
    private int[] labels = new int[0];

    public BatchSource(Dataset dataset, long seed, long examplesDrawn) {
        this.dataset = dataset;
        this.seed = seed;
        this.exampleSize = dataset.shape().size();
        this.examplesDrawn = examplesDrawn;
    }

    /** The next n examples, flattened (n x example size); valid until the next call. */
    public float[] next(int n) {
        if (values.length != n * exampleSize) {
            values = new float[n * exampleSize];
            labels = new int[n];
        }
        int size = dataset.size();
        for (int i = 0; i < n; i++) {
            long epoch = examplesDrawn / size;
            if (epoch != permutationEpoch) {
                permutation = Rng.derive(seed, SHUFFLE_STREAM, epoch).permutation(size);
                permutationEpoch = epoch;
            }
            int index = permutation[(int) (examplesDrawn % size)];
            dataset.copyExample(index, values, i * exampleSize);
            labels[i] = dataset.label(index);
            examplesDrawn++;
        }
        return values;
    }

    /** Labels of the last batch (-1 when unlabelled); valid until the next call. */
    public int[] lastLabels() {
        return labels;
    }

    public long examplesDrawn() {
        return examplesDrawn;
    }

    /** Completed passes over the dataset. */
    public long epoch() {
        return examplesDrawn / dataset.size();
    }

    /** How far into the current epoch, in [0, 1). */
    public double epochProgress() {
        return (examplesDrawn % dataset.size()) / (double) dataset.size();
    }

    public Dataset dataset() {
        return dataset;
    }
}
