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

    /**
     * How a config file's {@code data} section is read: a file that names no dataset
     * ({@code "dataset": null}, {@code ""} or no key) is refused, not quietly trained on the digits.
     */
    @com.fasterxml.jackson.annotation.JsonCreator
    static DataSpec fromJson(@com.fasterxml.jackson.annotation.JsonProperty("dataset") String dataset,
                             @com.fasterxml.jackson.annotation.JsonProperty("size") int size) {
        if (dataset == null || dataset.isBlank()) {
            throw new IllegalArgumentException("its \"data\" section names no dataset (\"dataset\" is "
                    + (dataset == null ? "null or missing" : "empty") + "): write e.g. \"dataset\": \"digits\".");
        }
        return new DataSpec(dataset, size);
    }

    public DataSpec withDataset(String value) { return new DataSpec(value, size); }
    public DataSpec withSize(int value) { return new DataSpec(dataset, value); }
}
