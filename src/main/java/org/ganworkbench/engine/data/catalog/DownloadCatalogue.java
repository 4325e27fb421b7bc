package org.ganworkbench.engine.data.catalog;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * What can be downloaded, from where, and the SHA-256 each file must have.
 *
 * <p>Only the training files are fetched: a GAN learns from the training split. Every size and
 * digest below was copied from a public source (named at each entry), never guessed; a file whose
 * digest we cannot cite would be listed with a null digest and refused unless the user supplies one.
 * Each digest was also found, identical, in several unrelated public projects.
 */
public final class DownloadCatalogue {

    /*
     * MNIST. Sizes and SHA-256 from tensorflow/datasets, tensorflow_datasets/url_checksums/mnist.txt
     * (the same digests appear for the ossci mirror in other public manifests). Mirrors: TFDS's
     * cvdf-datasets bucket and PyTorch's ossci-datasets bucket (torchvision's mnist.py); the
     * original yann.lecun.com site now refuses downloads.
     */
    private static final List<RemoteFile> MNIST = files(
            List.of("https://storage.googleapis.com/cvdf-datasets/mnist/", "https://ossci-datasets.s3.amazonaws.com/mnist/"),
            "train-images-idx3-ubyte.gz", 9_912_422L, "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
            "train-labels-idx1-ubyte.gz", 28_881L, "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c");

    /*
     * Fashion-MNIST. Sizes and SHA-256 from tensorflow/datasets, url_checksums/fashion_mnist.txt.
     * Mirrors: the dataset's GitHub repository (zalandoresearch/fashion-mnist, data/fashion/, over
     * HTTPS) and its official S3 website, which only speaks plain HTTP (the digest protects it).
     */
    private static final List<RemoteFile> FASHION_MNIST = files(
            List.of("https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/",
                    "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"),
            "train-images-idx3-ubyte.gz", 26_421_880L, "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84",
            "train-labels-idx1-ubyte.gz", 29_515L, "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845");

    /*
     * KMNIST. Sizes and SHA-256 from tensorflow/datasets, url_checksums/kmnist.txt. Mirror: the
     * ROIS-DS Center for Open Data in the Humanities (rois-codh/kmnist), HTTPS first.
     */
    private static final List<RemoteFile> KMNIST = files(
            List.of("https://codh.rois.ac.jp/kmnist/dataset/kmnist/", "http://codh.rois.ac.jp/kmnist/dataset/kmnist/"),
            "train-images-idx3-ubyte.gz", 18_165_135L, "51467d22d8cc72929e2a028a0428f2086b092bb31cfb79c69cc0a90ce135fde4",
            "train-labels-idx1-ubyte.gz", 29_497L, "e38f9ebcd0f3ebcdec7fc8eabdcdaef93bb0df8ea12bee65224341c8183d8e17");

    /* CIFAR-10, binary version. Size and SHA-256 from tensorflow/datasets, url_checksums/cifar10.txt. */
    private static final List<RemoteFile> CIFAR10 = List.of(new RemoteFile("cifar-10-binary.tar.gz", 170_052_171L,
            "c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd",
            List.of(URI.create("https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz"))));

    private static final Map<KnownDataset, List<RemoteFile>> FILES = Map.of(
            KnownDataset.MNIST, MNIST, KnownDataset.FASHION_MNIST, FASHION_MNIST,
            KnownDataset.KMNIST, KMNIST, KnownDataset.CIFAR10, CIFAR10);

    private DownloadCatalogue() {
    }

    /** The files to download for {@code dataset}, in the order they are fetched. */
    public static List<RemoteFile> filesOf(KnownDataset dataset) {
        return FILES.get(dataset);
    }

    /** Total bytes to download, or -1 when a size is unknown. */
    public static long totalBytes(List<RemoteFile> files) {
        long sum = 0;
        for (RemoteFile f : files) {
            if (f.size() < 0) return -1;
            sum += f.size();
        }
        return sum;
    }

    private static List<RemoteFile> files(List<String> bases, String name1, long size1, String sha1,
                                          String name2, long size2, String sha2) {
        return List.of(file(bases, name1, size1, sha1), file(bases, name2, size2, sha2));
    }

    private static RemoteFile file(List<String> bases, String name, long size, String sha256) {
        return new RemoteFile(name, size, sha256, bases.stream().map(b -> URI.create(b + name)).toList());
    }
}
