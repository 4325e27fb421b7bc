package org.ganworkbench.ui.samples;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganworkbench.engine.event.GrowthStatus;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.ganworkbench.ui.datasets.DatasetPreview;
import org.ganworkbench.ui.run.RunViewModel;

/**
 * What the samples pane shows: the generator's output on the run's fixed noise (a grid of images,
 * or a cloud of 2D points) and real examples beside it. The grid is re-laid out only when the
 * engine renders new samples (every "sample every" steps) or the grid size changes.
 */
public final class SamplesViewModel {

    /** Grid sides offered; the engine renders 256 fixed-noise samples, enough for 16 x 16. */
    public static final List<Integer> GRID_SIDES = List.of(4, 6, 8, 10, 12, 16);
    public static final int DEFAULT_SIDE = 8;

    private final IntegerProperty gridSide = new SimpleIntegerProperty(DEFAULT_SIDE);
    private final ObjectProperty<PixelImage> grid = new SimpleObjectProperty<>();
    private final ObjectProperty<PixelImage> realStrip = new SimpleObjectProperty<>();
    private final ObjectProperty<float[]> generatedPoints = new SimpleObjectProperty<>();
    private final ObjectProperty<float[]> realPoints = new SimpleObjectProperty<>();
    private final BooleanProperty pointData = new SimpleBooleanProperty();
    private final LongProperty samplesStep = new SimpleLongProperty(-1);
    /** Conditional runs: -1 shows one row per class, a class index shows only that class. */
    private final IntegerProperty shownClass = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectProperty<List<String>> classNames;
    private SampleImages latest;
    /** Row length of the latest samples when they have one row per class; 0 otherwise. */
    private int latestColumns;
    private SampleImages real;
    /** A progressive run's growth when the shown samples were rendered; null for the other runs. */
    private GrowthStatus shownGrowth;
    private final StringProperty resolution = new SimpleStringProperty("");

    public SamplesViewModel(RunViewModel run) {
        run.snapshotProperty().addListener((obs, old, now) -> {
            if (now != null) accept(now);
        });
        run.runNumberProperty().addListener((obs, old, now) -> clear());
        gridSide.addListener((obs, old, now) -> relayout());
        classNames = run.classNamesProperty();
        classNames.addListener((obs, old, now) -> shownClass.set(-1));
        shownClass.addListener((obs, old, now) -> {
            if (!classNames.get().isEmpty()) run.showSamplesOf(now.intValue());
        });
    }

    /** Takes a snapshot's samples if they are newer than those shown. */
    void accept(TrainingSnapshot s) {
        // a new rendering has a new step, or (a conditional run re-rendered for another class) new images
        if (!s.hasSamples() || s.samplesStep() == samplesStep.get() && (s.samples() == null || s.samples() == latest)) return;
        samplesStep.set(s.samplesStep());
        shownGrowth = s.growth() == null ? null : s.growth().atStep(s.samplesStep());
        resolution.set(shownGrowth == null ? "" : shownGrowth.side() + "x" + shownGrowth.side());
        if (s.samples() != null) {
            latest = s.samples();
            latestColumns = s.samplesColumns();
            pointData.set(false);
            relayout();
        } else {
            pointData.set(true);
            generatedPoints.set(s.points());
        }
    }

    /** Real examples of the dataset to train on (or being trained on). */
    public void setPreview(DatasetPreview preview) {
        if (preview == null) return;
        pointData.set(preview.isPoints());
        real = preview.images();
        realPoints.set(preview.points());
        relayout();
    }

    private void relayout() {
        int side = gridSide.get();
        int rows = side;
        if (latest == null) {
            grid.set(null);
        } else if (latestColumns > 0) {
            // one row per class; the grid size picks how many fixed-noise columns each row shows
            int columns = Math.min(side, latestColumns);
            rows = latest.count() / latestColumns;
            grid.set(GridLayouts.grid(latest.leftColumns(latestColumns, columns), columns, rows));
        } else {
            grid.set(GridLayouts.grid(latest, side, side));
        }
        // a progressive run's D sees the reals at the stage's resolution: the strip shows them so
        realStrip.set(real == null ? null
                : GridLayouts.grid(StageResolution.asDiscriminatorSees(real, shownGrowth), 1, Math.min(rows, real.count())));
    }

    private void clear() {
        latest = null;
        latestColumns = 0;
        samplesStep.set(-1);
        shownGrowth = null;
        resolution.set("");
        grid.set(null);
        generatedPoints.set(null);
        relayout(); // the real strip back at full size
    }

    /** A conditional run's class names; empty when the run is unconditional (or there is none). */
    public ReadOnlyObjectProperty<List<String>> classNamesProperty() {
        return classNames;
    }

    /** Conditional runs: -1 for one row per class, or the index of the one class to show. */
    public IntegerProperty shownClassProperty() {
        return shownClass;
    }

    public IntegerProperty gridSideProperty() {
        return gridSide;
    }

    /** The latest fixed-noise grid at one pixel per sample pixel, or null before the first rendering. */
    public ReadOnlyObjectProperty<PixelImage> gridProperty() {
        return grid;
    }

    /** A column of real images as tall as the grid, for comparison. */
    public ReadOnlyObjectProperty<PixelImage> realStripProperty() {
        return realStrip;
    }

    public ReadOnlyObjectProperty<float[]> generatedPointsProperty() {
        return generatedPoints;
    }

    public ReadOnlyObjectProperty<float[]> realPointsProperty() {
        return realPoints;
    }

    /** True for 2D datasets: the scatter plot replaces the grid. */
    public ReadOnlyBooleanProperty pointDataProperty() {
        return pointData;
    }

    /** A progressive run's resolution when the shown samples were rendered, e.g. "14x14"; empty for the other runs. */
    public ReadOnlyStringProperty resolutionProperty() {
        return resolution;
    }

    /** The step at which the shown samples were rendered; -1 before any. */
    public ReadOnlyLongProperty samplesStepProperty() {
        return samplesStep;
    }

    /** The latest rendered images (all of them), for exports; null for 2D data or before any. */
    public SampleImages latestImages() {
        return latest;
    }
}
