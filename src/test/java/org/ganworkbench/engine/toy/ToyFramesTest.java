package org.ganworkbench.engine.toy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.event.ToyFrame;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.StepKind;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.Test;

/** The 2D view's extras travel with the snapshots, only when asked for, and show each manual phase. */
class ToyFramesTest {

    private static final ViewBox BOX = new ViewBox(-3, -3, 3, 3);

    @Test
    void framesComeOnlyWhenAViewAsksAndMatchTheAnalysis() throws Exception {
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()))) {
            run.ready().join();
            run.trainUntil(20).join();
            assertNull(run.latest().toy(), "no extras unless a view asks");

            run.showToyFrames(new ToyFrames(BOX));
            TrainingSnapshot s = run.submit(c -> run.latest()).join();
            ToyFrame f = s.toy();
            assertNotNull(f, "asking renders a frame at once");
            assertEquals(20, f.step());
            assertEquals(ToyFrame.Phase.TRAINING, f.phase());
            assertEquals(ToyFrames.FIELD_RES * ToyFrames.FIELD_RES, f.field().length);
            assertEquals(-3, f.minX());
            assertEquals(2 * ToyFrames.ARROWS, f.arrowStarts().length);
            assertArrayEquals(Arrays.copyOf(s.points(), 2 * ToyFrames.ARROWS), f.arrowStarts(), "arrows start on the shown points");
            float[] push = run.submit(c -> ToyAnalysis.generatorPush(c, f.arrowStarts())).join();
            assertArrayEquals(push, f.arrows(), 1e-6f);
            float[] field = run.submit(c -> ToyAnalysis.discriminatorField(c, BOX, ToyFrames.FIELD_RES).values()).join();
            assertArrayEquals(field, f.field(), 1e-6f);

            // a 2D latent: the mesh is G of a regular grid, its centre G(0)
            assertEquals(ToyFrames.MESH_SIDE, f.meshSide());
            int mid = ToyFrames.MESH_SIDE / 2 * (ToyFrames.MESH_SIDE + 1);
            float[] g0 = run.submit(c -> c.model().generate(new float[2], 1)).join();
            assertEquals(g0[0], f.mesh()[2 * mid], 1e-5);
            assertEquals(g0[1], f.mesh()[2 * mid + 1], 1e-5);

            run.showToyFrames(null);
            run.trainUntil(30).join();
            assertNull(run.latest().toy(), "no more extras once the view lets go");
        }
    }

    @Test
    void slowMotionDStepChangesTheFieldOnlyAndGStepMovesThePointsOnly() throws Exception {
        LinkedBlockingQueue<TrainingSnapshot> seen = new LinkedBlockingQueue<>();
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()), seen::add)) {
            run.ready().join();
            run.trainUntil(3).join(); // step 3 is not a render step (every 10)
            run.showToyFrames(new ToyFrames(BOX));
            ToyFrame before = run.submit(c -> run.latest().toy()).join();
            float[] pointsBefore = run.latest().points();

            run.step(StepKind.D_ONLY);
            ToyFrame afterD = await(seen, 4);
            assertEquals(ToyFrame.Phase.D_STEP, afterD.phase());
            assertArrayEquals(pointsBefore, run.latest().points(), "a D step leaves G's points where they were");
            assertFalse(Arrays.equals(before.field(), afterD.field()), "a D step changes D's field");

            run.step(StepKind.G_ONLY);
            ToyFrame afterG = await(seen, 5);
            assertEquals(ToyFrame.Phase.G_STEP, afterG.phase());
            assertArrayEquals(afterD.field(), afterG.field(), "a G step leaves D's field alone");
            assertFalse(Arrays.equals(afterD.arrowStarts(), afterG.arrowStarts()), "a G step moves the points");
        }
    }

    @Test
    void aViewThatAsksAfterAManualStepStillSeesItsPhase() {
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()))) {
            run.step(StepKind.D_ONLY); // the step buttons before any run: prepare, then step at once
            run.ready().join(); // the view asks once it sees the prepared run, by then the step is queued
            run.showToyFrames(new ToyFrames(BOX));
            ToyFrame f = run.submit(c -> run.latest().toy()).join();
            assertEquals(1, f.step());
            assertEquals(ToyFrame.Phase.D_STEP, f.phase());
        }
    }

    @Test
    void noMeshWithoutATwoDimensionalLatent() {
        var config = TestConfigs.tinyRing().withModel(TestConfigs.tinyRing().model().withLatentSize(3));
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config))) {
            run.ready().join();
            run.showToyFrames(new ToyFrames(null));
            ToyFrame f = run.submit(c -> run.latest().toy()).join();
            assertEquals(0, f.meshSide());
            assertNull(f.mesh());
            assertTrue(f.maxX() > 2 && f.minX() < -2, "the box around the ring (radius 2) when none is given");
        }
    }

    private static ToyFrame await(LinkedBlockingQueue<TrainingSnapshot> seen, long step) throws InterruptedException {
        while (true) {
            TrainingSnapshot s = seen.poll(30, TimeUnit.SECONDS);
            if (s == null) throw new AssertionError("no snapshot of step " + step);
            if (s.step() == step && s.toy() != null && s.toy().step() == step) return s.toy();
        }
    }
}
