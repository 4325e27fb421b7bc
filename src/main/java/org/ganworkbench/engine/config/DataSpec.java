package org.ganworkbench.engine.config;

/**
 * What the GAN learns to imitate.
 *
 * @param dataset a dataset id: {@code digits}, {@code ring8}, {@code grid25}, {@code spiral},
 *                {@code moons}, or {@code csv:PATH} for 2D points from a file
 * @param size    how many examples a generated dataset holds (for {@code digits}); 0 means the default
 */
public record DataSpec(String dataset, int size) {

    public static final String DEFAULT_DATASET = "digits";
    public static final int DEFAULT_SIZE = 20_000;

    public DataSpec {
        if (dataset == null || dataset.isBlank()) dataset = DEFAULT_DATASET;
        if (size == 0) size = DEFAULT_SIZE;
    }

    public DataSpec withDataset(String value) { return new DataSpec(value, size); }
    public DataSpec withSize(int value) { return new DataSpec(dataset, value); }
}
