package org.ganworkbench.engine.data;

import java.nio.file.Path;
import java.util.List;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.data.digits.ProceduralDigits;
import org.ganworkbench.engine.data.toy.CsvPoints;
import org.ganworkbench.engine.data.toy.ToyDistributions;

/** Opens a dataset by id. Built-in ones need no files and no network. */
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

    private Datasets() {
    }

    public static List<DatasetInfo> builtIn() {
        return BUILT_IN;
    }

    /** The shape of a dataset's examples, known without loading it. */
    public static DataShape shapeOf(String id) {
        if (id.startsWith(CSV_PREFIX)) return DataShape.POINTS_2D;
        return BUILT_IN.stream().filter(d -> d.id().equals(id)).findFirst().map(DatasetInfo::shape)
                .orElseThrow(() -> unknown(id));
    }

    public static Dataset open(DataSpec spec) {
        String id = spec.dataset();
        if (id.startsWith(CSV_PREFIX)) return CsvPoints.read(Path.of(id.substring(CSV_PREFIX.length())));
        return switch (id) {
            case "digits" -> ProceduralDigits.generate(spec.size(), DIGITS_SEED);
            case "ring8" -> ToyDistributions.ring8(spec.size());
            case "grid25" -> ToyDistributions.grid25(spec.size());
            case "spiral" -> ToyDistributions.spiral(spec.size());
            case "moons" -> ToyDistributions.moons(spec.size());
            default -> throw unknown(id);
        };
    }

    private static DatasetException unknown(String id) {
        return new DatasetException("Unknown dataset '" + id + "'. Built-in: "
                + String.join(", ", BUILT_IN.stream().map(DatasetInfo::id).toList()) + "; or csv:PATH for your own 2D points.");
    }
}
