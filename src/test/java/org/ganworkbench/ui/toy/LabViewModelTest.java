package org.ganworkbench.ui.toy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.toy.CsvPoints;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.event.ToyFrame;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.ganworkbench.engine.train.StepKind;
import org.ganworkbench.ui.datasets.DatasetPreview;
import org.ganworkbench.ui.run.DirectTaskRunner;
import org.ganworkbench.ui.run.Notice;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.RunViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabViewModelTest {

    @TempDir
    Path dir;
    private final Notices notices = new Notices();
    private final SimpleStringProperty datasetId = new SimpleStringProperty("ring8");
    private final List<StepKind> steps = new ArrayList<>();
    private final LabViewModel vm = new LabViewModel(new RunViewModel(new DirectTaskRunner(), notices),
            new SimpleObjectProperty<>(new DatasetPreview("ring8", DataShape.POINTS_2D, null, new float[] {2, 0, -2, 0, 0, 2}, "")),
            datasetId, steps::add, new DirectTaskRunner(), notices, null);

    private LabViewModel withDrawings() {
        return new LabViewModel(new RunViewModel(new DirectTaskRunner(), notices), new SimpleObjectProperty<>(), datasetId,
                steps::add, new DirectTaskRunner(), notices, dir.resolve("drawings"));
    }

    @Test
    void sprayingDrawsPointsThatBecomeTheDatasetOnRelease() throws Exception {
        LabViewModel lab = withDrawings();
        lab.toolProperty().set(LabViewModel.Tool.SPRAY);
        lab.brush(1, 1);
        lab.brush(1.1, 1);
        assertEquals(2 * LabViewModel.SPRAY_PER_EVENT, lab.drawnPoints());
        assertEquals(4 * LabViewModel.SPRAY_PER_EVENT, lab.realProperty().get().length, "the drawing is what the plane shows");
        assertEquals("ring8", datasetId.get(), "not before the stroke ends");
        lab.strokeEnded();
        assertTrue(datasetId.get().startsWith("csv:"), datasetId.get());
        Path file = Path.of(datasetId.get().substring(4));
        assertTrue(file.startsWith(dir.resolve("drawings")));
        assertArrayEquals(lab.realProperty().get(), CsvPoints.read(file).points(), 1e-5f);

        lab.toolProperty().set(LabViewModel.Tool.ERASE);
        lab.brush(1.05, 1);
        lab.strokeEnded();
        assertTrue(lab.drawnPoints() < 2 * LabViewModel.SPRAY_PER_EVENT, "erased some");
        assertEquals(lab.drawnPoints(), CsvPoints.read(file).size(), "the same drawing's file is updated until a run trains on it");

        lab.clearDrawing();
        assertEquals(0, lab.realProperty().get().length);
    }

    @Test
    void lookingNeverDraws() {
        vm.brush(0, 0);
        assertEquals(0, vm.drawnPoints());
        assertEquals(6, vm.realProperty().get().length, "the dataset's points");
    }

    @Test
    void aBadCsvFileSaysWhatIsWrongAndChangesNothing() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "x,y\n1,2\n3,oops\n");
        vm.loadCsv(bad);
        Notice n = notices.latest();
        assertNotNull(n);
        assertTrue(n.text().contains("bad.csv") && n.text().contains("line 3"), n.text());
        assertEquals("ring8", datasetId.get());

        vm.loadCsv(dir.resolve("missing.csv"));
        assertTrue(notices.latest().text().contains("not found"), notices.latest().text());

        Path good = Files.writeString(dir.resolve("good.csv"), "0.5,0.5\n-1,2\n");
        vm.loadCsv(good);
        assertEquals("csv:" + good.toAbsolutePath(), datasetId.get());
        assertEquals(2, vm.drawnPoints());
    }

    @Test
    void framesBecomeAHeatMapAndSlowMotionAlternatesPhases() {
        float[] before = {0, 0, 1, 1};
        vm.accept(snapshot(5, before, frame(5, ToyFrame.Phase.TRAINING, false, before)));
        assertNotNull(vm.heatMapProperty().get());
        assertEquals(ColorScale.SEQUENTIAL, vm.colorScaleProperty().get());
        assertEquals(StepKind.D_ONLY, vm.nextPhaseProperty().get());
        vm.nextPhase();

        vm.accept(snapshot(6, before, frame(6, ToyFrame.Phase.D_STEP, true, before)));
        assertEquals(ColorScale.DIVERGING, vm.colorScaleProperty().get(), "a critic's scores");
        assertTrue(vm.phaseProperty().get().startsWith("D step"), vm.phaseProperty().get());
        assertNull(vm.trailsFromProperty().get());
        assertEquals(StepKind.G_ONLY, vm.nextPhaseProperty().get());
        vm.nextPhase();
        assertEquals(List.of(StepKind.D_ONLY, StepKind.G_ONLY), steps);

        float[] after = {0.5f, 0, 1, 1.5f};
        vm.accept(snapshot(7, after, frame(7, ToyFrame.Phase.G_STEP, true, after)));
        assertTrue(vm.phaseProperty().get().startsWith("G step"), vm.phaseProperty().get());
        assertArrayEquals(before, vm.trailsFromProperty().get(), "trails start where the points were");
        assertArrayEquals(after, vm.generatedProperty().get());
        assertEquals(StepKind.D_ONLY, vm.nextPhaseProperty().get());
    }

    private static ToyFrame frame(long step, ToyFrame.Phase phase, boolean diverging, float[] points) {
        return new ToyFrame(step, phase, -3, -3, 3, 3, 2, new float[] {0.1f, 0.9f, -1, 1}, diverging, diverging ? 0 : 0.5,
                points, new float[points.length], 0, null);
    }

    private static TrainingSnapshot snapshot(long step, float[] points, ToyFrame toy) {
        return new TrainingSnapshot(RunState.PAUSED, step, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, points, step, 0, "", toy, null);
    }
}
