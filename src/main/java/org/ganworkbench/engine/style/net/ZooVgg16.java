package org.ganworkbench.engine.style.net;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.common.resources.DL4JResources;
import org.deeplearning4j.config.DL4JSystemProperties;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.zoo.PretrainedType;
import org.deeplearning4j.zoo.ZooModel;
import org.deeplearning4j.zoo.model.VGG16;
import org.ganworkbench.engine.data.catalog.RemoteFile;
import org.ganworkbench.engine.data.download.Cancellation;
import org.ganworkbench.engine.data.download.DownloadException;
import org.ganworkbench.engine.data.download.DownloadListener;
import org.ganworkbench.engine.data.download.DownloadSettings;
import org.ganworkbench.engine.data.download.Downloader;
import org.ganworkbench.engine.data.download.FileDigest;

/**
 * VGG16's ImageNet weights from DL4J's model zoo: downloaded once on request (with progress, cancel,
 * resume and the zoo's published Adler-32 checksum, through the project's {@link Downloader}) into
 * the folder where the zoo looks for them, then loaded by the zoo itself ({@code initPretrained},
 * which checks the checksum again and deletes a file that fails it) and read into
 * {@link Vgg16Weights}.
 *
 * <p>The zoo names the URL ({@code DL4JResources}' base URL + models/vgg16_dl4j_inference.zip; the
 * base can be pointed elsewhere with {@code -Dorg.deeplearning4j.resources.baseurl=}) and the
 * checksum, not the size: the file is about 500 MB. It is stored under {@code <cache>/dl4j/models/vgg16};
 * a copy that another DL4J program left in {@code ~/.deeplearning4j/models/vgg16} is used too.
 */
public final class ZooVgg16 {

    /** What the UI says before the download starts; the zoo publishes no exact size. */
    public static final long APPROXIMATE_BYTES = 500_000_000L;

    private final ZooModel<?> zoo;
    private final PretrainedType type;
    private final Path base;
    private final List<Path> otherBases;

    /**
     * @param base       DL4J's resource folder for our downloads ({@code <cache>/dl4j})
     * @param otherBases further resource folders to look in, read only (DL4J's default)
     */
    public ZooVgg16(ZooModel<?> zoo, PretrainedType type, Path base, List<Path> otherBases) {
        this.zoo = zoo;
        this.type = type;
        this.base = base;
        this.otherBases = List.copyOf(otherBases);
        if (!zoo.pretrainedAvailable(type)) throw new IllegalArgumentException("the zoo has no " + type + " weights for " + zoo.modelName());
    }

    /** VGG16 with ImageNet weights, kept in the app's cache; DL4J's own default folder is looked at too. */
    public static ZooVgg16 imagenet(Path cache) {
        return new ZooVgg16(VGG16.builder().build(), PretrainedType.IMAGENET, cache.resolve("dl4j"),
                List.of(Path.of(System.getProperty("user.home"), ".deeplearning4j")));
    }

    /** The file to fetch: the zoo's URL (under DL4J's base URL), size unknown. */
    public RemoteFile remoteFile() {
        URI url = URI.create(zoo.pretrainedUrl(type));
        String path = url.getPath();
        return new RemoteFile(path.substring(path.lastIndexOf('/') + 1), -1, null, List.of(url));
    }

    /** The zoo's published Adler-32 of the file. */
    public FileDigest digest() {
        return FileDigest.adler32(zoo.pretrainedChecksum(type));
    }

    /** Where our download goes: the zoo's folder under our resource base. */
    public Path folder() {
        return folderUnder(base);
    }

    private Path folderUnder(Path resources) {
        return resources.resolve("models").resolve(zoo.modelName());
    }

    /** The downloaded file, if some resource folder holds it (whole: parts end in .part). */
    public Optional<Path> cached() {
        List<Path> bases = new ArrayList<>(List.of(base));
        bases.addAll(otherBases);
        for (Path b : bases) {
            Path f = folderUnder(b).resolve(remoteFile().name());
            if (Files.isRegularFile(f)) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** Bytes of an interrupted download kept for resuming, 0 when none. */
    public long partialBytes() {
        try {
            Path part = folder().resolve(remoteFile().name() + Downloader.PART_SUFFIX);
            return Files.isRegularFile(part) ? Files.size(part) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Downloads the weights unless a verified copy is there. Blocks; {@code cancel} stops it (what
     * arrived is kept and resumed next time).
     *
     * @throws DownloadException with a message for the user (no network, checksum mismatch, cancelled)
     */
    public Path download(DownloadListener listener, Cancellation cancel) {
        Optional<Path> here = cached();
        if (here.isPresent()) return here.get();
        return new Downloader(DownloadSettings.DEFAULT, listener, cancel).fetch(remoteFile(), digest(), folder(), false);
    }

    /**
     * Loads the downloaded network through the zoo and keeps the convolutions up to relu5_1. Takes
     * seconds and about a gigabyte of memory while the whole network (with its classifier) is read.
     *
     * @throws DownloadException when there is no file, or the zoo's checksum fails (the zoo then
     *                           deletes the file, and the message says so)
     */
    public Vgg16Weights load() {
        Path file = cached().orElseThrow(() -> new DownloadException("The VGG16 weights are not downloaded yet."));
        Path resources = file.getParent().getParent().getParent();
        ComputationGraph graph;
        synchronized (DL4JResources.class) { // DL4J keeps its resource folder in a static field
            java.io.File before = DL4JResources.getBaseDirectory();
            try {
                DL4JResources.setBaseDirectory(resources.toFile());
                graph = zoo.initPretrained(type);
            } catch (IllegalStateException e) {
                if (!Files.exists(file)) {
                    throw new DownloadException("The VGG16 weights in " + file + " did not match the zoo's checksum "
                            + digest().expected() + " (Adler-32) and were deleted. Download them again.", e);
                }
                throw new DownloadException("DL4J could not load the VGG16 weights in " + file + ": " + e.getMessage(), e);
            } catch (IOException | RuntimeException e) {
                throw new DownloadException("DL4J could not read the VGG16 weights in " + file + " (" + e.getMessage()
                        + "). If the file is damaged, delete it and download it again.", e);
            } finally {
                DL4JResources.setBaseDirectory(before);
            }
        }
        return weightsOf(graph, "ImageNet weights from DL4J's model zoo (" + file.getFileName() + ")", true);
    }

    /** The first convolutions of a VGG-shaped graph, in its topological order, as {@link Vgg16Weights}. */
    public static Vgg16Weights weightsOf(ComputationGraph graph, String source, boolean pretrained) {
        List<Vgg16Layout.Conv> convs = Vgg16Layout.convs();
        List<float[]> w = new ArrayList<>();
        List<float[]> b = new ArrayList<>();
        GraphVertex[] vertices = graph.getVertices();
        for (int index : graph.topologicalSortOrder()) {
            if (w.size() == convs.size()) break;
            if (!vertices[index].hasLayer()) continue;
            Layer layer = vertices[index].getLayer();
            if (!(layer instanceof ConvolutionLayer)) continue;
            Vgg16Layout.Conv c = convs.get(w.size());
            long[] shape = layer.getParam("W").shape();
            if (shape[0] != c.out() || shape[1] != c.in() || shape[2] != 3 || shape[3] != 3) {
                throw new DownloadException("The zoo's network is not VGG16: " + c.name() + " has weights of shape "
                        + java.util.Arrays.toString(shape));
            }
            w.add(layer.getParam("W").dup('c').data().asFloat());
            b.add(layer.getParam("b").dup('c').data().asFloat());
        }
        if (w.size() < convs.size()) throw new DownloadException("The zoo's network has only " + w.size() + " convolutions; VGG16 has 13.");
        return new Vgg16Weights(source, w, b, pretrained);
    }

    /** Keeps DL4J from creating ~/.deeplearning4j: its resource folder defaults to the app's cache instead. */
    public static void useCacheForDl4jResources(Path cache) {
        if (System.getProperty(DL4JSystemProperties.DL4J_RESOURCES_DIR_PROPERTY) == null) {
            System.setProperty(DL4JSystemProperties.DL4J_RESOURCES_DIR_PROPERTY, cache.resolve("dl4j").toString());
        }
    }
}
