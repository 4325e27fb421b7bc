package org.ganworkbench.engine.data.catalog;

import java.nio.file.Path;

/**
 * A place where a copy of a known dataset may be.
 *
 * @param dataset which dataset
 * @param path    the folder or file
 * @param format  how it is stored
 * @param origin  who puts it there, for people: "Debian package dataset-fashion-mnist", "Keras cache" ...
 */
public record LocalCopy(KnownDataset dataset, Path path, Format format, String origin) {

    public enum Format {
        /** A folder with train-images-idx3-ubyte[.gz] and train-labels-idx1-ubyte[.gz]. */
        IDX_FOLDER,
        /** Keras's mnist.npz. */
        NPZ,
        /** cifar-10-binary.tar.gz, or its unpacked cifar-10-batches-bin folder. */
        CIFAR_BINARY
    }

    /** Origin of the copies in our own cache. */
    public static final String DOWNLOADED = "downloaded by GAN Workbench";
}
