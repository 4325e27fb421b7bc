package org.ganworkbench.engine.data;

/**
 * How often each class occurs in a labelled dataset, to draw labels for a conditional GAN's fake
 * batches from the same distribution as the real ones (a skewed folder of pictures stays skewed).
 */
public final class ClassFrequencies {

    /** cumulative[c] = examples with a label <= c. */
    private final long[] cumulative;

    private ClassFrequencies(long[] cumulative) {
        this.cumulative = cumulative;
    }

    /** Counts the labels of every example; the dataset must be labelled. */
    public static ClassFrequencies of(Dataset dataset) {
        int classes = dataset.classNames().size();
        if (classes == 0) throw new IllegalArgumentException(dataset.id() + " has no labels");
        long[] counts = new long[classes];
        for (int i = 0; i < dataset.size(); i++) counts[dataset.label(i)]++;
        for (int c = 1; c < classes; c++) counts[c] += counts[c - 1];
        return new ClassFrequencies(counts);
    }

    public int classes() {
        return cumulative.length;
    }

    /** n labels drawn independently with the dataset's class frequencies. */
    public int[] sample(Rng rng, int n) {
        long total = cumulative[cumulative.length - 1];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            long r = (long) (rng.nextDouble() * total);
            int c = java.util.Arrays.binarySearch(cumulative, r + 1);
            labels[i] = c >= 0 ? firstAt(c) : -c - 1;
        }
        return labels;
    }

    /** binarySearch may land on any of several equal entries (empty classes): take the first. */
    private int firstAt(int c) {
        while (c > 0 && cumulative[c - 1] == cumulative[c]) c--;
        return c;
    }
}
