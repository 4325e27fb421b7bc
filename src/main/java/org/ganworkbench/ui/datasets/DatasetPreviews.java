package org.ganworkbench.ui.datasets;

import java.util.List;
import java.util.Optional;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.DatasetAddress;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.data.catalog.DataLocations;
import org.ganworkbench.engine.data.digits.ProceduralDigits;
import org.ganworkbench.engine.data.catalog.KnownDataset;
import org.ganworkbench.engine.data.catalog.RealDatasets;
import org.ganworkbench.engine.data.folder.FolderOptions;
import org.ganworkbench.engine.data.folder.ImageFolder;
import org.ganworkbench.engine.event.SampleImages;

/**
 * Opens a dataset and keeps only a preview of it (the dataset itself, 60 MB for 20,000 digits as
 * floats, is dropped). Slow for generated datasets and large folders: call it off the FX thread.
 */
final class DatasetPreviews {

    private DatasetPreviews() {
    }

    static DatasetPreview load(DataSpec spec) {
        return load(spec, DataLocations.forThisMachine());
    }

    /** Real datasets are looked for in {@code at}; a folder's load report is kept with its preview. */
    static DatasetPreview load(DataSpec spec, DataLocations at) {
        String id = spec.dataset();
        Optional<KnownDataset> known = KnownDataset.byId(id);
        if (known.isPresent()) {
            String where = DatasetEntries.firstCopy(known.get(), at).map(DatasetEntries::whereFound).orElse("");
            return of(RealDatasets.open(known.get(), at), where, null);
        }
        Optional<DatasetAddress> address = DatasetAddress.parse(id);
        if (address.isPresent() && address.get().kind().equals("folder")) {
            ImageFolder.Loaded loaded = ImageFolder.load(address.get().path(), FolderOptions.of(address.get()), id);
            return of(loaded.dataset(), "", loaded.report());
        }
        if (id.equals(ProceduralDigits.ID) && spec.size() > DatasetPreview.MAX_IMAGES) {
            // a larger set of digits begins with the examples of a smaller one, and the labels take turns: the
            // first examples are the very ones the preview shows. Drawing all 20,000 took ~0.8 s of CPU at
            // start-up, on the core the window was being built on (docs/performance.md, start-up)
            Dataset first = Datasets.open(spec.withSize(DatasetPreview.MAX_IMAGES));
            return of(first, "", null, ProceduralDigits.describe(spec.size()));
        }
        return of(Datasets.open(spec), "", null);
    }

    private static DatasetPreview of(Dataset data, String foundAt, ImageFolder.Report report) {
        return of(data, foundAt, report, data.description());
    }

    private static DatasetPreview of(Dataset data, String foundAt, ImageFolder.Report report, String description) {
        DataShape shape = data.shape();
        List<String> classes = data.classNames();
        if (!shape.isImage()) {
            return new DatasetPreview(data.id(), shape, null, spread(data, DatasetPreview.MAX_POINTS), description,
                    classes, foundAt, report);
        }
        int n = Math.min(DatasetPreview.MAX_IMAGES, data.size());
        float[] values = new float[n * shape.size()];
        int[] picks = classesInTurn(data, n);
        for (int i = 0; i < n; i++) data.copyExample(picks[i], values, i * shape.size());
        SampleImages images = SampleImages.fromFloats(values, n, shape.channels(), shape.height(), shape.width());
        return new DatasetPreview(data.id(), shape, images, null, description, classes, foundAt, report);
    }

    /** Up to {@code max} points taken evenly across the dataset (which may be ordered by mode). */
    private static float[] spread(Dataset data, int max) {
        int n = Math.min(max, data.size());
        float[] xy = new float[2 * n];
        for (int i = 0; i < n; i++) data.copyExample(index(i, n, data.size()), xy, 2 * i);
        return xy;
    }

    /**
     * Examples whose classes take turns (0, 1, 2, ...), so a strip of real digits shows every digit;
     * for unlabelled data, examples spread over the dataset.
     */
    static int[] classesInTurn(Dataset data, int n) {
        int[] picks = new int[n];
        int classes = data.classNames().size();
        int next = 0;
        for (int i = 0; i < n; i++) {
            int wanted = classes == 0 ? -1 : i % classes;
            int found = -1;
            for (int j = 0; j < data.size() && found < 0; j++) {
                int candidate = (next + j) % data.size();
                if (wanted < 0 || data.label(candidate) == wanted) found = candidate;
            }
            picks[i] = found < 0 ? index(i, n, data.size()) : found;
            next = picks[i] + (classes == 0 ? Math.max(1, data.size() / n) : 1);
        }
        return picks;
    }

    private static int index(int i, int n, int size) {
        return (int) ((long) i * size / n);
    }
}
