package org.ganworkbench.ui.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.DatasetAddress;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.DatasetInfo;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.data.catalog.DataLocations;
import org.ganworkbench.engine.data.catalog.KnownDataset;
import org.ganworkbench.engine.data.catalog.KnownLocations;
import org.ganworkbench.engine.data.catalog.LocalCopy;
import org.ganworkbench.engine.data.folder.FolderOptions;

/**
 * The picker's list, in groups: built in, found on this machine (each saying where), and the
 * current dataset when it is neither (your own folder or file, or a real dataset not found here).
 * Finding looks only at the fixed places of {@link KnownLocations}, by file name.
 */
final class DatasetEntries {

    static final String BUILT_IN = "Built in";
    static final String FOUND = "On this machine";
    static final String OTHER = "Your data";

    private DatasetEntries() {
    }

    static List<DatasetEntry> list(DataLocations at, String currentId) {
        List<DatasetEntry> entries = new ArrayList<>();
        entries.add(DatasetEntry.header(BUILT_IN));
        for (DatasetInfo d : Datasets.builtIn()) entries.add(new DatasetEntry(DatasetEntry.Kind.BUILT_IN, d.id(), d.title(), ""));
        List<DatasetEntry> found = new ArrayList<>();
        for (KnownDataset d : KnownDataset.values()) {
            firstCopy(d, at).ifPresent(c -> found.add(new DatasetEntry(DatasetEntry.Kind.FOUND, d.id(), d.title(), whereFound(c))));
        }
        if (!found.isEmpty()) {
            entries.add(DatasetEntry.header(FOUND));
            entries.addAll(found);
        }
        if (currentId != null && !currentId.isBlank() && entries.stream().noneMatch(e -> e.id().equals(currentId))) {
            entries.add(DatasetEntry.header(OTHER));
            entries.add(new DatasetEntry(DatasetEntry.Kind.OTHER, currentId, titleOf(currentId), detailOf(currentId)));
        }
        return List.copyOf(entries);
    }

    /** The copy training would use, if any is here. */
    static Optional<LocalCopy> firstCopy(KnownDataset d, DataLocations at) {
        return KnownLocations.found(d, at).stream().findFirst();
    }

    /** "Debian package dataset-fashion-mnist: /usr/share/datasets/fashion-mnist". */
    static String whereFound(LocalCopy c) {
        return c.origin() + ": " + c.path();
    }

    /** A short name for any dataset id: the built-in title, a real dataset's name, or the file's name. */
    static String titleOf(String id) {
        for (DatasetInfo d : Datasets.builtIn()) if (d.id().equals(id)) return d.title();
        Optional<KnownDataset> known = KnownDataset.byId(id);
        if (known.isPresent()) return known.get().title();
        if (id.startsWith(Datasets.CSV_PREFIX)) return "Points " + fileName(Path.of(id.substring(Datasets.CSV_PREFIX.length())));
        try {
            Optional<DatasetAddress> a = DatasetAddress.parse(id);
            if (a.isEmpty()) return id;
            String name = fileName(a.get().path());
            if (!a.get().kind().equals("folder")) return a.get().kind().toUpperCase(java.util.Locale.ROOT) + " " + name;
            DataShape s = FolderOptions.of(a.get()).shape();
            return "Folder " + name + " (" + s.width() + "x" + s.height() + (s.channels() == 1 ? " gray)" : " RGB)");
        } catch (DatasetException e) {
            return id;
        }
    }

    private static String detailOf(String id) {
        if (KnownDataset.byId(id).isPresent()) return "not on this machine: use Download";
        try {
            return DatasetAddress.parse(id).map(a -> a.path().toString()).orElse("");
        } catch (DatasetException e) {
            return "";
        }
    }

    private static String fileName(Path p) {
        Path n = p.toAbsolutePath().normalize().getFileName();
        return n == null ? p.toString() : n.toString();
    }
}
