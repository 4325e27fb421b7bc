package org.ganworkbench.engine.config;

/**
 * What the GAN learns to imitate.
 *
 * @param dataset a dataset id: built in ({@code digits}, {@code ring8}, {@code grid25}, {@code spiral},
 *                {@code moons}), real ({@code mnist}, {@code fashion-mnist}, {@code kmnist}, {@code cifar10}),
 *                or a file: {@code csv:PATH}, {@code idx:PATH}, {@code npz:PATH}, {@code folder:PATH?size=..}
 *                (see {@link org.ganworkbench.engine.data.Datasets#FILE_SYNTAX})
 * @param size    how many examples a generated dataset holds (digits and the 2D toys); real data loads
 *                in full; 0 means the default
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
