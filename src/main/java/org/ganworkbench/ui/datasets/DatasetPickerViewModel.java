package org.ganworkbench.ui.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.DatasetInfo;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.TaskRunner;

/**
 * The dataset picker: the built-in datasets by title, and a preview of the chosen one's real
 * examples, loaded in the background whenever the config's data changes. While a preview loads,
 * newer requests wait and only the newest runs next, so typing a dataset size never queues work.
 */
public final class DatasetPickerViewModel {

    private final TaskRunner tasks;
    private final Notices notices;
    private final ObjectProperty<DatasetPreview> preview = new SimpleObjectProperty<>();
    private final StringProperty loading = new SimpleStringProperty("");
    private final StringProperty selectedId = new SimpleStringProperty("");
    private DataSpec loadingSpec;
    private DataSpec pendingSpec;
    private DataSpec shownSpec;

    /** @param config the config whose data to preview (the editor's, which mirrors an open run's) */
    public DatasetPickerViewModel(ObservableValue<GanConfig> config, TaskRunner tasks, Notices notices) {
        this.tasks = tasks;
        this.notices = notices;
        config.addListener((obs, old, now) -> request(now.data()));
        request(config.getValue().data());
    }

    /** The built-in dataset ids, in menu order. */
    public List<String> ids() {
        return Datasets.builtIn().stream().map(DatasetInfo::id).toList();
    }

    /** The chosen dataset id; the app binds it to the editor's dataset field. */
    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    /** A title for a dataset id: the built-in title, or the id itself (csv:PATH). */
    public String titleOf(String id) {
        return Datasets.builtIn().stream().filter(d -> d.id().equals(id)).map(DatasetInfo::title).findFirst().orElse(id);
    }

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
        tasks.run("Loading a preview of " + spec.dataset(), p -> DatasetPreviews.load(spec), loaded -> {
            shownSpec = spec;
            preview.set(loaded);
            next();
        }, failure -> {
            notices.error("Cannot show the dataset " + spec.dataset() + ": " + Notices.describe(failure));
            shownSpec = spec;
            next();
        });
    }

    /** Half-typed ids and missing CSV files are the editor's to mark, not worth a failed load each keystroke. */
    private static boolean worthLoading(String id) {
        if (id.startsWith(Datasets.CSV_PREFIX)) {
            return Files.isRegularFile(Path.of(id.substring(Datasets.CSV_PREFIX.length())));
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
}
