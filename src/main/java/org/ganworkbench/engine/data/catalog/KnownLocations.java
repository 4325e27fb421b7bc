package org.ganworkbench.engine.data.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganworkbench.engine.data.catalog.LocalCopy.Format;

/**
 * The fixed list of places where copies of the known datasets are usually found: our cache first
 * (the user downloaded it for us), then system packages, then the caches of other frameworks.
 * Presence is decided by file names only; nothing is opened until the dataset is loaded.
 */
public final class KnownLocations {

    private static final String TORCHVISION = "torchvision download";

    private KnownLocations() {
    }

    /** Every place looked at for {@code dataset}, in the order they are preferred. */
    public static List<LocalCopy> candidates(KnownDataset dataset, DataLocations at) {
        List<LocalCopy> list = new ArrayList<>();
        Path cached = CacheDirectory.datasetFolder(at.cache(), dataset);
        Path home = at.home();
        Path cwd = at.workingDir();
        switch (dataset) {
            case MNIST -> {
                list.add(new LocalCopy(dataset, cached, Format.IDX_FOLDER, LocalCopy.DOWNLOADED));
                list.add(new LocalCopy(dataset, home.resolve(".keras/datasets/mnist.npz"), Format.NPZ, "Keras cache"));
                torchvision(list, dataset, "MNIST", cwd, home);
                list.add(new LocalCopy(dataset, home.resolve(".deeplearning4j/data/MNIST"), Format.IDX_FOLDER, "Deeplearning4j cache"));
            }
            case FASHION_MNIST -> {
                list.add(new LocalCopy(dataset, cached, Format.IDX_FOLDER, LocalCopy.DOWNLOADED));
                list.add(new LocalCopy(dataset, at.systemDatasets().resolve("fashion-mnist"), Format.IDX_FOLDER,
                        "Debian package dataset-fashion-mnist"));
                list.add(new LocalCopy(dataset, home.resolve(".keras/datasets/fashion-mnist"), Format.IDX_FOLDER, "Keras cache"));
                torchvision(list, dataset, "FashionMNIST", cwd, home);
            }
            case KMNIST -> {
                list.add(new LocalCopy(dataset, cached, Format.IDX_FOLDER, LocalCopy.DOWNLOADED));
                torchvision(list, dataset, "KMNIST", cwd, home);
            }
            case CIFAR10 -> {
                list.add(new LocalCopy(dataset, cached.resolve("cifar-10-binary.tar.gz"), Format.CIFAR_BINARY, LocalCopy.DOWNLOADED));
                list.add(new LocalCopy(dataset, cwd.resolve("data/cifar-10-batches-bin"), Format.CIFAR_BINARY, "unpacked in ./data"));
                list.add(new LocalCopy(dataset, home.resolve("data/cifar-10-batches-bin"), Format.CIFAR_BINARY, "unpacked in ~/data"));
            }
        }
        return List.copyOf(list);
    }

    /** The copies of {@code dataset} present on this machine, best first. */
    public static List<LocalCopy> found(KnownDataset dataset, DataLocations at) {
        return candidates(dataset, at).stream().filter(KnownLocations::isPresent).toList();
    }

    public static boolean isPresent(LocalCopy copy) {
        Path p = copy.path();
        return switch (copy.format()) {
            case IDX_FOLDER -> oneOf(p, "train-images-idx3-ubyte") && oneOf(p, "train-labels-idx1-ubyte");
            case NPZ -> Files.isRegularFile(p);
            case CIFAR_BINARY -> Files.isRegularFile(p) || Files.isRegularFile(p.resolve("data_batch_1.bin"));
        };
    }

    private static void torchvision(List<LocalCopy> list, KnownDataset dataset, String folder, Path cwd, Path home) {
        list.add(new LocalCopy(dataset, cwd.resolve("data").resolve(folder).resolve("raw"), Format.IDX_FOLDER, TORCHVISION + " in ./data"));
        list.add(new LocalCopy(dataset, home.resolve("data").resolve(folder).resolve("raw"), Format.IDX_FOLDER, TORCHVISION + " in ~/data"));
    }

    private static boolean oneOf(Path folder, String name) {
        return Files.isRegularFile(folder.resolve(name)) || Files.isRegularFile(folder.resolve(name + ".gz"));
    }
}
