package org.ganworkbench.ui.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.DatasetAddress;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.data.catalog.KnownDataset;
import org.ganworkbench.engine.data.folder.FolderOptions;
import org.ganworkbench.engine.data.folder.ImageFolder;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.TaskRunner;

/**
 * The dataset picker: built-in datasets, real ones found on this machine, downloads, and folders of
 * pictures, all ending as the config's dataset id (the ids the CLI takes). A preview of the chosen
 * one's real examples is loaded in the background whenever the config's data changes. While a
 * preview loads, newer requests wait and only the newest runs next, so typing a dataset size never
 * queues work. FX thread.
 */
public final class DatasetPickerViewModel {

    private final TaskRunner tasks;
    private final Notices notices;
    private final DatasetSources sources;
    private final DatasetDownloadViewModel downloads;
    private final ObservableList<DatasetEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetPreview> preview = new SimpleObjectProperty<>();
    private final StringProperty loading = new SimpleStringProperty("");
    private final StringProperty selectedId = new SimpleStringProperty("");
    private final ObjectProperty<FolderOptions> folderOptions = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    /** Folders chosen here: only these are read for a preview (a path typed key by key passes through its parents). */
    private final java.util.Set<Path> chosenFolders = new java.util.HashSet<>();
    private DataSpec loadingSpec;
    private DataSpec pendingSpec;
    private DataSpec shownSpec;

    /** @param config the config whose data to preview (the editor's, which mirrors an open run's) */
    public DatasetPickerViewModel(ObservableValue<GanConfig> config, TaskRunner tasks, Notices notices, DatasetSources sources) {
        this.tasks = tasks;
        this.notices = notices;
        this.sources = sources;
        this.downloads = new DatasetDownloadViewModel(sources, tasks, notices, d -> {
            refreshEntries();
            selectedId.set(d.id());
        });
        selectedId.addListener((obs, old, now) -> selectionChanged(now));
        preview.addListener((obs, old, now) -> updateSummary());
        config.addListener((obs, old, now) -> request(now.data()));
        selectionChanged(selectedId.get());
        request(config.getValue().data());
    }

    // ------------------------------------------------------------------ choosing

    /** The chosen dataset id; the app binds it to the editor's dataset field. */
    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    /** The picker's lines: group headings and datasets. */
    public ObservableList<DatasetEntry> entries() {
        return entries;
    }

    /** Looks again at the fixed places (a dataset package may have been installed meanwhile). */
    public void refreshEntries() {
        List<DatasetEntry> now = DatasetEntries.list(sources.locations(), selectedId.get());
        if (!now.equals(entries)) entries.setAll(now);
    }

    /** Chooses a line; headings are not datasets and change nothing. */
    public void choose(DatasetEntry entry) {
        if (entry != null && !entry.isHeader()) selectedId.set(entry.id());
    }

    /** A title for a dataset id: the built-in title, a real dataset's, or the file's name. */
    public String titleOf(String id) {
        return DatasetEntries.titleOf(id);
    }

    /**
     * Uses a folder of pictures: its id keeps the current image size and colours when they suit a
     * folder (so the preset's networks still fit), else 32x32 RGB. Loading it shows what was read.
     */
    public void chooseFolder(Path folder) {
        FolderOptions options = FolderOptions.DEFAULT;
        try {
            DataShape current = Datasets.shapeOf(selectedId.get());
            if (current.isImage() && current.width() == current.height() && List.of(28, 32, 64).contains(current.width())
                    && (current.channels() == 1 || current.channels() == 3)) {
                options = new FolderOptions(current.width(), current.channels());
            }
        } catch (DatasetException e) {
            // the current id is half-typed or missing: the default options apply
        }
        Path path = folder.toAbsolutePath().normalize();
        chosenFolders.add(path);
        selectedId.set("folder:" + path + options.query());
    }

    /** The size and colours of the chosen folder, or null when the dataset is not a folder. */
    public ReadOnlyObjectProperty<FolderOptions> folderOptionsProperty() {
        return folderOptions;
    }

    /** Re-reads the chosen folder at another size or in other colours. */
    public void setFolderOptions(int size, int channels) {
        Optional<DatasetAddress> a = folderAddress(selectedId.get());
        if (a.isEmpty()) return;
        FolderOptions options = new FolderOptions(size, channels);
        if (!options.equals(folderOptions.get())) selectedId.set("folder:" + a.get().path() + options.query());
    }

    public DatasetDownloadViewModel downloads() {
        return downloads;
    }

    private void selectionChanged(String id) {
        refreshEntries();
        Optional<DatasetAddress> a = folderAddress(id);
        FolderOptions options = null;
        if (a.isPresent()) {
            try {
                options = FolderOptions.of(a.get());
            } catch (DatasetException e) {
                options = null;
            }
        }
        folderOptions.set(options);
        updateSummary();
    }

    private static Optional<DatasetAddress> folderAddress(String id) {
        try {
            return DatasetAddress.parse(id == null ? "" : id).filter(x -> x.kind().equals("folder"));
        } catch (DatasetException e) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------ preview

    private void request(DataSpec spec) {
        if (!worthLoading(spec.dataset())) return;
        if (spec.equals(shownSpec) || spec.equals(loadingSpec)) {
            pendingSpec = null;
            return;
        }
        if (loadingSpec != null) {
            pendingSpec = spec;
            return;
        }
        loadingSpec = spec;
        loading.set("Loading " + titleOf(spec.dataset()) + "...");
        tasks.run("Loading a preview of " + titleOf(spec.dataset()), p -> DatasetPreviews.load(spec, sources.locations()), loaded -> {
            shownSpec = spec;
            preview.set(loaded);
            next();
        }, failure -> {
            notices.error("Cannot show the dataset " + spec.dataset() + ": " + Notices.describe(failure));
            shownSpec = spec;
            next();
        });
    }

    /** Half-typed ids and missing files are the editor's to mark, not worth a failed load each keystroke. */
    private boolean worthLoading(String id) {
        if (id.startsWith(Datasets.CSV_PREFIX)) {
            return Files.isRegularFile(Path.of(id.substring(Datasets.CSV_PREFIX.length())));
        }
        Optional<KnownDataset> known = KnownDataset.byId(id);
        if (known.isPresent()) return DatasetEntries.firstCopy(known.get(), sources.locations()).isPresent();
        try {
            Optional<DatasetAddress> a = DatasetAddress.parse(id);
            if (a.isPresent() && a.get().kind().equals("folder")) return chosenFolders.contains(a.get().path().toAbsolutePath().normalize());
            if (a.isPresent()) return Files.exists(a.get().path());
        } catch (DatasetException | java.nio.file.InvalidPathException e) {
            return false;
        }
        return Datasets.builtIn().stream().anyMatch(d -> d.id().equals(id));
    }

    private void next() {
        loadingSpec = null;
        loading.set("");
        DataSpec pending = pendingSpec;
        pendingSpec = null;
        if (pending != null) request(pending);
    }

    /** What the chosen dataset is, in a line: where a real one was found, or what a folder held. */
    private void updateSummary() {
        DatasetPreview p = preview.get();
        if (p == null || !p.datasetId().equals(selectedId.get())) {
            boolean unread = folderAddress(selectedId.get()).map(a -> !chosenFolders.contains(a.path().toAbsolutePath().normalize()))
                    .orElse(false);
            boolean missing = KnownDataset.byId(selectedId.get())
                    .map(d -> DatasetEntries.firstCopy(d, sources.locations()).isEmpty()).orElse(false);
            summary.set(unread ? "Read when training starts; choose it with Folder... to preview it."
                    : missing ? "Not on this machine: get it with Download." : "");
            return;
        }
        if (!p.foundAt().isEmpty()) {
            summary.set("Found: " + p.foundAt());
        } else if (p.folderReport() != null) {
            summary.set(folderSummary(p.folderReport(), p.classNames()));
        } else {
            summary.set("");
        }
    }

    /** "120 pictures loaded, 1 unreadable skipped; 2 classes: cats, dogs". */
    static String folderSummary(ImageFolder.Report r, List<String> classes) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%,d pictures loaded", r.loaded()));
        if (r.unreadable() > 0) s.append(String.format(Locale.ROOT, ", %,d unreadable skipped", r.unreadable()));
        if (r.looseFiles() > 0) s.append(String.format(Locale.ROOT, ", %,d beside the class folders not used", r.looseFiles()));
        if (r.otherFiles() > 0) s.append(String.format(Locale.ROOT, ", %,d other files ignored", r.otherFiles()));
        if (r.links() > 0) s.append(String.format(Locale.ROOT, ", %,d links not followed", r.links()));
        s.append(classes.isEmpty() ? "; no classes (no subfolders)"
                : "; " + classes.size() + " classes: " + String.join(", ", classes));
        return s.toString();
    }

    /** Real examples of the current dataset, or null before the first has loaded. */
    public ReadOnlyObjectProperty<DatasetPreview> previewProperty() {
        return preview;
    }

    public DatasetPreview preview() {
        return preview.get();
    }

    /** "Loading ..." while a preview is being made, else empty. */
    public ReadOnlyStringProperty loadingProperty() {
        return loading;
    }

    /** Where the chosen real dataset was found, or what was read from the chosen folder; else empty. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** The first pictures that could not be read, one per line ("path: reason"), for a tooltip; else empty. */
    public String problems() {
        DatasetPreview p = preview.get();
        if (p == null || p.folderReport() == null || !p.datasetId().equals(selectedId.get())) return "";
        return String.join("\n", p.folderReport().problems());
    }
}
