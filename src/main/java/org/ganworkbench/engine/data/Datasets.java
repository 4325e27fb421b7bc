package org.ganworkbench.engine.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.data.catalog.DataLocations;
import org.ganworkbench.engine.data.catalog.KnownDataset;
import org.ganworkbench.engine.data.catalog.RealDatasets;
import org.ganworkbench.engine.data.cifar.Cifar10;
import org.ganworkbench.engine.data.digits.ProceduralDigits;
import org.ganworkbench.engine.data.folder.FolderOptions;
import org.ganworkbench.engine.data.folder.ImageFolder;
import org.ganworkbench.engine.data.idx.IdxDataset;
import org.ganworkbench.engine.data.npz.MnistNpz;
import org.ganworkbench.engine.data.toy.CsvPoints;
import org.ganworkbench.engine.data.toy.ToyDistributions;

/**
 * Opens a dataset by id. Built-in ones need no files and no network; the known real ones
 * ({@code mnist}, {@code fashion-mnist}, {@code kmnist}, {@code cifar10}) are read from a copy on
 * this machine and never downloaded here; {@code KIND:PATH[?options]} ids read the user's own files
 * (see {@link DatasetAddress}).
 */
public final class Datasets {

    public static final String CSV_PREFIX = "csv:";

    /**
     * The digits are always drawn with this seed, never the training seed: the same size gives the
     * same examples, so a fingerprint identifies the dataset.
     */
    public static final long DIGITS_SEED = 20_000_528L;

    private static final List<DatasetInfo> BUILT_IN = List.of(
            new DatasetInfo("digits", "Handwritten-style digits (procedural, 28x28)", DataShape.image(1, 28, 28)),
            new DatasetInfo("ring8", "Ring of 8 Gaussians (2D)", DataShape.POINTS_2D),
            new DatasetInfo("grid25", "Grid of 25 Gaussians (2D)", DataShape.POINTS_2D),
            new DatasetInfo("spiral", "Spiral (2D)", DataShape.POINTS_2D),
            new DatasetInfo("moons", "Two moons (2D)", DataShape.POINTS_2D));

    private static final List<DatasetInfo> REAL = Arrays.stream(KnownDataset.values())
            .map(d -> new DatasetInfo(d.id(), d.title(), d.shape())).toList();

    /** How to name your own files, one line each, for help texts. */
    public static final List<String> FILE_SYNTAX = List.of(
            "idx:PATH            MNIST-style IDX files (raw or .gz): a folder or the images file",
            "                    (EMNIST files are transposed; ?transpose=true|false overrides)",
            "npz:PATH            an .npz with x_train and y_train, like Keras's mnist.npz",
            "folder:PATH         your pictures (PNG, JPEG, GIF, BMP), subfolders as classes, centre-cropped;",
            "                    ?size=28|32|64&channels=1|3 (default 32, 3), e.g. folder:~/cats?size=64",
            "cifar10:PATH        cifar-10-binary.tar.gz or its cifar-10-batches-bin folder",
            "csv:PATH            your own 2D points, x,y per line");

    private Datasets() {
    }

    /** The generated datasets: always available, no files needed. */
    public static List<DatasetInfo> builtIn() {
        return BUILT_IN;
    }

    /** The real datasets known by name (whether or not they are on this machine). */
    public static List<DatasetInfo> real() {
        return REAL;
    }

    /** The shape of a dataset's examples, without loading it (a file id reads at most a header). */
    public static DataShape shapeOf(String id) {
        if (id.startsWith(CSV_PREFIX)) {
            String file = id.substring(CSV_PREFIX.length());
            if (file.isBlank()) throw new DatasetException("The dataset id " + id + " names no file: write csv:PATH (one x,y pair per line).");
            CsvPoints.checkFile(Path.of(file));
            return DataShape.POINTS_2D;
        }
        var known = KnownDataset.byId(id);
        if (known.isPresent()) return known.get().shape();
        var address = DatasetAddress.parse(id);
        if (address.isPresent()) {
            DatasetAddress a = address.get();
            return switch (a.kind()) {
                case "idx" -> IdxDataset.shapeOf(a.path(), a.booleanOption("transpose"));
                case "npz" -> MnistNpz.shapeOf(a.path());
                case "folder" -> {
                    ImageFolder.checkFolder(a.path());
                    yield folderOptions(a).shape();
                }
                default -> Cifar10.SHAPE;
            };
        }
        return BUILT_IN.stream().filter(d -> d.id().equals(id)).findFirst().map(DatasetInfo::shape)
                .orElseThrow(() -> unknown(id));
    }

    public static Dataset open(DataSpec spec) {
        String id = spec.dataset();
        if (id.startsWith(CSV_PREFIX)) return CsvPoints.read(Path.of(id.substring(CSV_PREFIX.length())));
        var known = KnownDataset.byId(id);
        if (known.isPresent()) return RealDatasets.open(known.get(), DataLocations.forThisMachine());
        var address = DatasetAddress.parse(id);
        if (address.isPresent()) return openFiles(address.get(), id);
        return switch (id) {
            case "digits" -> ProceduralDigits.generate(spec.size(), DIGITS_SEED);
            case "ring8" -> ToyDistributions.ring8(spec.size());
            case "grid25" -> ToyDistributions.grid25(spec.size());
            case "spiral" -> ToyDistributions.spiral(spec.size());
            case "moons" -> ToyDistributions.moons(spec.size());
            default -> throw unknown(id);
        };
    }

    private static Dataset openFiles(DatasetAddress a, String id) {
        String name = String.valueOf(a.path().getFileName());
        return switch (a.kind()) {
            case "idx" -> IdxDataset.load(a.path(), id, "IDX " + name, null, a.booleanOption("transpose"));
            case "npz" -> MnistNpz.load(a.path(), id, "NPZ " + name, null);
            case "folder" -> ImageFolder.load(a.path(), folderOptions(a), id).dataset();
            default -> Cifar10.load(a.path(), id);
        };
    }

    private static FolderOptions folderOptions(DatasetAddress a) {
        return FolderOptions.of(a);
    }

    private static DatasetException unknown(String id) {
        return new DatasetException("Unknown dataset '" + id + "'. Built-in: "
                + String.join(", ", BUILT_IN.stream().map(DatasetInfo::id).toList()) + "; real: "
                + String.join(", ", REAL.stream().map(DatasetInfo::id).toList())
                + "; or your own files: idx:PATH, npz:PATH, folder:PATH, cifar10:PATH, csv:PATH.");
    }
}
