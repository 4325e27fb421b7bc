package org.ganworkbench.ui.latent;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.RunViewModel;
import org.ganworkbench.ui.run.TaskRunner;

/**
 * The latent explorer's view models, sharing one generator source. {@code fx} delivers render
 * results to the FX thread ({@code Platform::runLater} in the app, the calling thread in tests).
 */
public final class LatentExplorerModels {

    private final ExplorerSource source;
    private final LatentExplorerViewModel sliders;
    private final InterpolationViewModel interpolation;
    private final LatentGridViewModel grid;
    private final LatentWalkViewModel walk;
    private final ManifoldViewModel manifold;

    public LatentExplorerModels(RunViewModel run, Notices notices, TaskRunner tasks, Executor fx) {
        source = new ExplorerSource(run, notices, fx);
        sliders = new LatentExplorerViewModel(source, notices);
        interpolation = new InterpolationViewModel(source, notices, tasks);
        grid = new LatentGridViewModel(source, sliders, notices);
        walk = new LatentWalkViewModel(source, notices, tasks);
        manifold = new ManifoldViewModel(source);
    }

    /** Explores a session file; the studio's run is left alone. */
    public void openSession(Path file) {
        source.openSession(file);
    }

    /**
     * Who is told, in one line, why a session could not be opened: the window shows it in a dialog,
     * as the studio's File > Open session does (the notice bar shows it too).
     */
    public void onCannotOpen(java.util.function.Consumer<String> listener) {
        source.onCannotOpen(listener);
    }

    /** Explores another branch of the session opened last; {@link #branches()} lists them. */
    public void openBranch(String name) {
        source.openBranch(name);
    }

    /** The branches of the session explored now when it holds several (A, B, ...), else empty. FX thread. */
    public javafx.collections.ObservableList<String> branches() {
        return javafx.collections.FXCollections.unmodifiableObservableList(source.branchesProperty());
    }

    /** The branch explored now (when {@link #branches()} lists several). */
    public javafx.beans.value.ObservableStringValue branch() {
        return source.branchProperty();
    }

    /** Explores the studio's current run again (the default). */
    public void useCurrentRun() {
        source.useCurrentRun();
    }

    /** Whether the explorer is on screen; while it is not, a training generator is not copied or re-rendered. */
    public void setShown(java.util.function.BooleanSupplier shown) {
        source.setShown(shown);
    }

    public void close() {
        source.close();
    }

    ExplorerSource source() { return source; }
    public LatentExplorerViewModel sliders() { return sliders; }
    public InterpolationViewModel interpolation() { return interpolation; }
    public LatentGridViewModel grid() { return grid; }
    public LatentWalkViewModel walk() { return walk; }
    public ManifoldViewModel manifold() { return manifold; }
    /** "Current run digits-mlp, step 1,500" or "Session x.gwb, step ...". */
    public javafx.beans.value.ObservableStringValue description() { return source.descriptionProperty(); }
    /** Classes of a conditional generator, 0 for an unconditional one. */
    public int classCount() { return source.info() == null ? 0 : source.info().classCount(); }
    /** The class a conditional generator draws in every view (sliders, strips, grid, walk). FX thread. */
    public javafx.beans.property.IntegerProperty chosenClassProperty() { return source.chosenClassProperty(); }
    public boolean hasGenerator() { return source.info() != null; }
    public javafx.beans.value.ObservableObjectValue<org.ganworkbench.engine.latent.LatentModel.Info> info() {
        return source.infoProperty();
    }
    /** Render requests replaced before they ran (latest wins). */
    public int droppedRequests() { return source.supersededCount(); }
}
