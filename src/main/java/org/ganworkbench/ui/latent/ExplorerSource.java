package org.ganworkbench.ui.latent;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganworkbench.engine.latent.GeneratorWeights;
import org.ganworkbench.engine.latent.LatentModel;
import org.ganworkbench.engine.latent.LatentRenderer;
import org.ganworkbench.engine.session.SessionBranches;
import org.ganworkbench.engine.train.TrainingRun;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.RunViewModel;

/**
 * The generator the explorer works on: a {@link LatentRenderer}'s own copy of the current run's G
 * (taken between two training steps on the run's engine thread, refreshed while the run trains and
 * the explorer is shown) or of a session file opened in the explorer. Every render goes to the
 * renderer's thread, never the FX thread, and never touches the training run's arrays.
 *
 * <p>FX thread only; results come back through {@code fx}.
 */
final class ExplorerSource {

    /** While a run trains, the copy is refreshed at most this often. */
    static final long REFRESH_NANOS = 2_000_000_000L;

    enum Kind { RUN, SESSION }

    private final RunViewModel run;
    private final Notices notices;
    private final Executor fx;
    private final LatentRenderer renderer = new LatentRenderer();
    private final ObjectProperty<LatentModel.Info> info = new SimpleObjectProperty<>();
    private final IntegerProperty version = new SimpleIntegerProperty();
    private final StringProperty description = new SimpleStringProperty("No generator yet: train a run or open a session.");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final IntegerProperty chosenClass = new SimpleIntegerProperty();
    private final List<Runnable> refreshListeners = new java.util.ArrayList<>();
    private final javafx.collections.ObservableList<String> branches = javafx.collections.FXCollections.observableArrayList();
    private final StringProperty branch = new SimpleStringProperty();
    private Path sessionFile;
    private Kind kind = Kind.RUN;
    private java.util.function.BooleanSupplier shown = () -> true;
    /** Also told why a session could not be opened (the window shows it in a dialog, as the studio does). */
    private Consumer<String> cannotOpen = message -> { };
    private boolean copying;
    /** After close: FX-thread only, like every field here. */
    private boolean closed;
    private boolean installing;
    private long copiedStep = -1;
    private int copiedRun = -1;
    private long lastCopy;

    ExplorerSource(RunViewModel run, Notices notices, Executor fx) {
        this.run = run;
        this.notices = notices;
        this.fx = fx;
        run.addPulseListener(() -> followRun(System.nanoTime()));
        run.runNumberProperty().addListener((obs, o, n) -> followRun(System.nanoTime()));
        chosenClass.addListener((obs, o, n) -> {
            if (!installing && info.get() != null && info.get().classCount() > 0) refreshed();
        });
    }

    /** Runs {@code job} on the renderer; the result reaches {@code onResult} on the FX thread unless a newer request with the same key replaced it. */
    <T> void request(String key, LatentRenderer.Job<T> job, Consumer<T> onResult) {
        if (closed) return;
        int label = chosenClass.get(); // read here, on the FX thread: the job renders the class chosen when it was asked for
        renderer.request(key, m -> job.run(m.forClass(label))).whenComplete((result, failure) -> fx.execute(() -> {
            if (closed) return;
            if (failure == null) onResult.accept(result);
            else if (!(unwrap(failure) instanceof LatentRenderer.Superseded)) {
                notices.error("The latent explorer could not render: " + Notices.describe(failure));
            }
        }));
    }

    /** Explores the current run (the default); its generator is copied now and while it trains. */
    void useCurrentRun() {
        kind = Kind.RUN;
        branches.clear();
        copiedRun = -1;
        followRun(System.nanoTime());
    }

    /**
     * Explores a saved session without touching the studio's run. A session holding several branches
     * (A and B saved from the A / B tab) opens on the one it shows first and lists them all in
     * {@link #branchesProperty()}; {@link #openBranch} opens another.
     */
    void openSession(Path file) {
        kind = Kind.SESSION;
        loading.set(true);
        // listing reads (and checks) the whole zip: not on the FX thread
        java.util.concurrent.CompletableFuture.supplyAsync(() -> SessionBranches.names(file)).whenComplete((names, failure) -> fx.execute(() -> {
            if (closed || kind != Kind.SESSION) return;
            if (failure != null) {
                loading.set(false);
                cannotOpen(file, failure);
                return;
            }
            sessionFile = file;
            branches.setAll(names.size() > 1 ? names : List.of());
            branch.set(names.get(0));
            load(file, names.size() > 1 ? names.get(0) : null);
        }));
    }

    /** Explores another branch of the session opened last (one of {@link #branchesProperty()}). */
    void openBranch(String name) {
        if (sessionFile == null || !branches.contains(name)) return;
        kind = Kind.SESSION;
        branch.set(name);
        load(sessionFile, name);
    }

    private void load(Path file, String branchName) {
        loading.set(true);
        List<String> warnings = new CopyOnWriteArrayList<>();
        renderer.open(file, branchName, warnings::add).whenComplete((loaded, failure) -> fx.execute(() -> {
            loading.set(false);
            if (closed) return;
            if (failure != null) {
                if (unwrap(failure) instanceof LatentRenderer.Superseded) return;
                cannotOpen(file, failure);
                return;
            }
            if (kind != Kind.SESSION) return;
            installed(loaded, "Session " + loaded.name());
            if (!warnings.isEmpty()) notices.warning(String.join(" ", warnings));
        }));
    }

    /** Who else hears, in one line, why a session could not be opened (besides the notice bar). */
    void onCannotOpen(Consumer<String> listener) {
        cannotOpen = listener;
    }

    private void cannotOpen(Path file, Throwable failure) {
        String message = "Could not open " + file.getFileName() + ": " + Notices.describe(failure);
        notices.error(message);
        cannotOpen.accept(message);
    }

    /** Asked before each refresh: a hidden explorer does not copy (and re-render) a training generator. */
    void setShown(java.util.function.BooleanSupplier shown) {
        this.shown = shown;
    }

    /** Copies the run's generator when there is a new run, or new steps and the last copy is old enough. */
    void followRun(long now) {
        if (kind != Kind.RUN || copying || closed) return;
        TrainingRun engine = run.engineRun();
        if (engine == null) {
            if (run.state() == null && info.get() != null) {
                info.set(null);
                description.set("No generator yet: train a run or open a session.");
                version.set(version.get() + 1);
            }
            return;
        }
        boolean newRun = copiedRun != run.runNumberProperty().get();
        boolean newSteps = run.step() != copiedStep && now - lastCopy >= REFRESH_NANOS && shown.getAsBoolean();
        if (newRun || newSteps) copy(engine, now);
    }

    private void copy(TrainingRun engine, long now) {
        copying = true;
        lastCopy = now;
        int runNumber = run.runNumberProperty().get();
        String name = run.runNameProperty().get();
        engine.submit(ctx -> GeneratorWeights.of(ctx, name))
                .thenCompose(renderer::load)
                .whenComplete((loaded, failure) -> fx.execute(() -> {
                    copying = false;
                    if (closed) return;
                    if (failure != null) {
                        if (!(unwrap(failure) instanceof java.util.concurrent.CancellationException)) {
                            notices.error("The latent explorer could not copy the generator: " + Notices.describe(failure));
                        }
                        return;
                    }
                    if (kind != Kind.RUN) return;
                    copiedRun = runNumber;
                    copiedStep = loaded.step();
                    installed(loaded, "Current run " + loaded.name());
                }));
    }

    private void installed(LatentModel.Info loaded, String what) {
        LatentModel.Info old = info.get();
        boolean otherClasses = old == null || !old.classNames().equals(loaded.classNames());
        installing = true; // resetting the class must not re-render: the views render once, below
        if (otherClasses) chosenClass.set(0);
        installing = false;
        info.set(loaded);
        description.set(what + ", step " + String.format(java.util.Locale.ROOT, "%,d", loaded.step()));
        if (otherClasses || !old.prior().equals(loaded.prior()) || !old.shape().equals(loaded.shape())) {
            version.set(version.get() + 1); // another latent space: views start over
        }
        refreshed();
    }

    private void refreshed() {
        for (Runnable r : refreshListeners) r.run();
    }

    /**
     * The class a conditional generator is asked for (index into {@code info().classNames()}); every
     * render request takes the value it has when made. Changing it re-renders every view.
     */
    IntegerProperty chosenClassProperty() {
        return chosenClass;
    }

    /** Runs on the FX thread after every load, a weights refresh of the same model included (views re-render). */
    void addRefreshListener(Runnable r) {
        refreshListeners.add(r);
    }

    Kind kind() {
        return kind;
    }

    /** Ends the renderer; results still on their way are dropped, and the run is no longer followed. */
    void close() {
        closed = true;
        renderer.close();
    }

    int supersededCount() {
        return renderer.supersededCount();
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    ReadOnlyObjectProperty<LatentModel.Info> infoProperty() { return info; }
    LatentModel.Info info() { return info.get(); }
    /** Changes when the latent space changes (another model): sliders and picks start over. */
    ReadOnlyIntegerProperty versionProperty() { return version; }
    ReadOnlyStringProperty descriptionProperty() { return description; }
    ReadOnlyBooleanProperty loadingProperty() { return loading; }
    /** The branches of the session explored now when it holds several (A, B, ...), else empty. */
    javafx.collections.ObservableList<String> branchesProperty() { return branches; }
    /** The branch explored now, of those listed. */
    ReadOnlyStringProperty branchProperty() { return branch; }
}
