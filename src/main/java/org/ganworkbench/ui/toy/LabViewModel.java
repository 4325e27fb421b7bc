package org.ganworkbench.ui.toy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.data.toy.CsvPoints;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.event.ToyFrame;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.ganworkbench.engine.toy.ToyFrames;
import org.ganworkbench.engine.toy.ViewBox;
import org.ganworkbench.engine.train.StepKind;
import org.ganworkbench.engine.train.TrainingRun;
import org.ganworkbench.ui.datasets.DatasetPreview;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.RunViewModel;
import org.ganworkbench.ui.run.TaskRunner;
import org.ganworkbench.ui.samples.PixelImage;

/**
 * The 2D lab: what the plane shows (real and generated points, D's field as a heat map, G's
 * manifold and push), slow motion one phase at a time, and a distribution drawn by hand that
 * becomes the next run's dataset. The frames come from the engine with the snapshots (computed on
 * its thread at render steps); this only turns them into pixels and text. FX thread only.
 */
public final class LabViewModel {

    /** What a mouse drag on the plane does. */
    public enum Tool { LOOK, SPRAY, ERASE }

    /** Points added per mouse event while spraying. */
    static final int SPRAY_PER_EVENT = 8;
    /** Brush radius as a fraction of the view's width. */
    static final double BRUSH = 0.04;
    private static final ViewBox DEFAULT_BOX = new ViewBox(-3, -3, 3, 3);

    private final RunViewModel run;
    private final StringProperty datasetId;
    private final Consumer<StepKind> stepper;
    private final TaskRunner tasks;
    private final Notices notices;
    private final Path drawingsFolder;
    private final Random random = new Random(20_17);
    private final DrawnPoints drawing = new DrawnPoints();

    private final ObjectProperty<ToyFrame> frame = new SimpleObjectProperty<>();
    private final ObjectProperty<float[]> generated = new SimpleObjectProperty<>();
    private final ObjectProperty<float[]> trailsFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<float[]> real = new SimpleObjectProperty<>();
    private final ObjectProperty<ViewBox> box = new SimpleObjectProperty<>(DEFAULT_BOX);
    private final ObjectProperty<PixelImage> heatMap = new SimpleObjectProperty<>();
    private final ObjectProperty<ColorScale> colorScale = new SimpleObjectProperty<>(ColorScale.SEQUENTIAL);
    private final StringProperty phase = new SimpleStringProperty("");
    private final StringProperty stepText = new SimpleStringProperty("");
    private final ObjectProperty<StepKind> nextPhase = new SimpleObjectProperty<>(StepKind.D_ONLY);
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(Tool.LOOK);
    private final BooleanProperty showField = new SimpleBooleanProperty(true);
    private final BooleanProperty showMesh = new SimpleBooleanProperty(true);
    private final BooleanProperty showArrows = new SimpleBooleanProperty(true);
    private final IntegerProperty revision = new SimpleIntegerProperty();

    private DatasetPreview preview;
    private long shownStep = -1;
    private int framesAskedForRun = -1;
    private double diverging = Double.NaN;
    /** The drawing's file while it is being edited; a new one once a run has trained on it. */
    private Path drawingFile;
    private String pendingDataset;

    /**
     * @param preview   real points of the dataset the editor names (the run's, while one is open)
     * @param datasetId the editor's dataset id, set to {@code csv:FILE} when a drawing becomes the data
     * @param stepper   takes one manual step (the run controls' step buttons)
     * @param drawings  where drawings are saved as CSV files
     */
    public LabViewModel(RunViewModel run, ObservableValue<DatasetPreview> preview, StringProperty datasetId,
                        Consumer<StepKind> stepper, TaskRunner tasks, Notices notices, Path drawings) {
        this.run = run;
        this.datasetId = datasetId;
        this.stepper = stepper;
        this.tasks = tasks;
        this.notices = notices;
        this.drawingsFolder = drawings;
        run.snapshotProperty().addListener((obs, old, now) -> {
            if (now != null) accept(now);
        });
        run.runNumberProperty().addListener((obs, old, now) -> clearRun());
        run.hasRunProperty().addListener((obs, had, has) -> {
            if (has) {
                drawingFile = null; // a run trains on this file now: later edits go to a new one
                tool.set(Tool.LOOK); // and the class watches it learn
            } else {
                applyPending();
            }
        });
        run.stateProperty().addListener((obs, old, now) -> describePhase());
        preview.addListener((obs, old, now) -> setPreview(now));
        setPreview(preview.getValue());
        tool.addListener((obs, old, now) -> {
            if (now == Tool.LOOK) restoreBox();
            showReal();
        });
    }

    // ------------------------------------------------------------------ frames from the engine

    void accept(TrainingSnapshot s) {
        if (s.samples() != null || s.samplesStep() < 0) return; // images: not the lab's
        askForFrames();
        ToyFrame f = s.toy();
        if (f != null && f != frame.get()) {
            float[] before = generated.get();
            float[] points = s.points();
            trailsFrom.set(f.phase() == ToyFrame.Phase.G_STEP && before != null && before.length == points.length ? before : null);
            generated.set(points);
            frame.set(f);
            colorScale.set(ColorScale.of(f.diverging()));
            diverging = f.diverging() ? ColorScale.span(f.field(), f.center()) : Double.NaN;
            heatMap.set(new PixelImage(f.fieldRes(), f.fieldRes(), colorScale.get().pixels(f.field(), f.center())));
            if (tool.get() == Tool.LOOK) box.set(new ViewBox(f.minX(), f.minY(), f.maxX(), f.maxY()));
            nextPhase.set(f.phase() == ToyFrame.Phase.D_STEP ? StepKind.G_ONLY : StepKind.D_ONLY);
            shownStep = s.samplesStep();
            stepText.set("step " + String.format("%,d", f.step()));
            describePhase();
            bump();
        } else if (f == null && s.samplesStep() != shownStep) {
            shownStep = s.samplesStep();
            generated.set(s.points());
            stepText.set("step " + String.format("%,d", shownStep));
            bump();
        }
    }

    /** Asks the run for frames once per run, over the box the view shows. */
    private void askForFrames() {
        int number = run.runNumberProperty().get();
        TrainingRun engine = run.engineRun();
        if (framesAskedForRun == number || engine == null) return;
        framesAskedForRun = number;
        engine.showToyFrames(new ToyFrames(preview == null ? null : box.get()));
    }

    private void describePhase() {
        ToyFrame f = frame.get();
        if (run.state() == RunState.RUNNING) {
            phase.set("Training: every step updates D, then G.");
        } else if (f == null) {
            phase.set("");
        } else {
            phase.set(switch (f.phase()) {
                case D_STEP -> "D step done (step " + f.step() + "): D's map changed; the generated points did not move.";
                case G_STEP -> "G step done (step " + f.step() + "): the points moved along their arrows (grey: from where); D did not change.";
                case TRAINING -> "";
            });
        }
    }

    /** Slow motion: the next phase of a step, D then G, one press each. */
    public void nextPhase() {
        stepper.accept(nextPhase.get());
    }

    private void clearRun() {
        frame.set(null);
        generated.set(null);
        trailsFrom.set(null);
        heatMap.set(null);
        shownStep = -1;
        stepText.set("");
        nextPhase.set(StepKind.D_ONLY);
        describePhase();
        bump();
    }

    // ------------------------------------------------------------------ real points and drawing

    private void setPreview(DatasetPreview p) {
        preview = p == null || !p.isPoints() ? null : p;
        if (tool.get() == Tool.LOOK && frame.get() == null && preview != null) box.set(ViewBox.around(preview.points()));
        showReal();
    }

    /** Back from drawing: the box of the run's frames, else of the dataset. */
    private void restoreBox() {
        ToyFrame f = frame.get();
        if (f != null) box.set(new ViewBox(f.minX(), f.minY(), f.maxX(), f.maxY()));
        else if (preview != null) box.set(ViewBox.around(preview.points()));
    }

    private void showReal() {
        real.set(tool.get() != Tool.LOOK ? drawing.points() : preview == null ? null : preview.points());
        bump();
    }

    /** A mouse event at (x, y) in data coordinates with the current tool. */
    public void brush(double x, double y) {
        double radius = BRUSH * (box.get().maxX() - box.get().minX());
        switch (tool.get()) {
            case SPRAY -> drawing.spray(x, y, radius, SPRAY_PER_EVENT, random);
            case ERASE -> drawing.erase(x, y, radius);
            case LOOK -> {
                return;
            }
        }
        showReal();
    }

    /** The end of a stroke: the drawing is saved and becomes the dataset (at once, or when the run is reset). */
    public void strokeEnded() {
        if (tool.get() == Tool.LOOK || drawing.size() == 0) return;
        try {
            if (drawingFile == null) {
                drawingFile = drawingsFolder.resolve("drawing-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")) + ".csv");
            }
            drawing.writeCsv(drawingFile);
            useAsData(Datasets.CSV_PREFIX + drawingFile);
        } catch (java.io.IOException e) {
            notices.error("Could not save the drawing to " + drawingFile + ": " + Notices.describe(e));
        } catch (org.ganworkbench.engine.io.OutputException e) {
            notices.error(e.getMessage()); // already names the file and the reason
        }
    }

    public void clearDrawing() {
        drawing.clear();
        if (tool.get() == Tool.LOOK) tool.set(Tool.SPRAY);
        showReal();
    }

    /** Loads x,y points from a CSV file into the drawing (to edit) and makes the file the dataset. */
    public void loadCsv(Path file) {
        tasks.run("Loading " + file.getFileName(), p -> CsvPoints.read(file).points(), points -> {
            drawing.replace(points);
            drawingFile = null; // edits never overwrite the user's own file
            if (tool.get() == Tool.LOOK) tool.set(Tool.SPRAY);
            box.set(ViewBox.around(points));
            showReal();
            useAsData(Datasets.CSV_PREFIX + file.toAbsolutePath());
        }, failure -> notices.error("Could not load " + file.getFileName() + ": " + Notices.describe(failure)));
    }

    private void useAsData(String id) {
        if (!run.hasRun()) {
            datasetId.set(id);
            pendingDataset = null;
        } else {
            if (pendingDataset == null) {
                notices.info("Your points become the dataset of the next run: Reset this one, then Start.");
            }
            pendingDataset = id;
        }
    }

    private void applyPending() {
        if (pendingDataset != null) datasetId.set(pendingDataset);
        pendingDataset = null;
    }

    private void bump() {
        revision.set(revision.get() + 1);
    }

    // ------------------------------------------------------------------ reading

    public ReadOnlyObjectProperty<ToyFrame> frameProperty() { return frame; }
    /** The generated points shown (all fixed-noise points of the latest rendering). */
    public ReadOnlyObjectProperty<float[]> generatedProperty() { return generated; }
    /** After a slow-motion G step: where the generated points were before it; else null. */
    public ReadOnlyObjectProperty<float[]> trailsFromProperty() { return trailsFrom; }
    /** The real points shown: the dataset's, or the drawing while a drawing tool is on. */
    public ReadOnlyObjectProperty<float[]> realProperty() { return real; }
    public ReadOnlyObjectProperty<ViewBox> boxProperty() { return box; }
    /** D's field as pixels, top row first, or null before the first frame. */
    public ReadOnlyObjectProperty<PixelImage> heatMapProperty() { return heatMap; }
    public ReadOnlyObjectProperty<ColorScale> colorScaleProperty() { return colorScale; }
    /** Half the width of the diverging map's range in the latest frame (NaN for probabilities). */
    public double divergingSpan() { return diverging; }
    public ReadOnlyStringProperty phaseProperty() { return phase; }
    public ReadOnlyStringProperty stepTextProperty() { return stepText; }
    public ReadOnlyObjectProperty<StepKind> nextPhaseProperty() { return nextPhase; }
    public ObjectProperty<Tool> toolProperty() { return tool; }
    public BooleanProperty showFieldProperty() { return showField; }
    public BooleanProperty showMeshProperty() { return showMesh; }
    public BooleanProperty showArrowsProperty() { return showArrows; }
    /** Bumped whenever the plane has something new to draw. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision; }
    public int drawnPoints() { return drawing.size(); }
}
