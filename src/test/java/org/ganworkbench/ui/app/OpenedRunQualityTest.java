package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ganworkbench.engine.ConditionalConfigs;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.session.SessionFiles;
import org.ganworkbench.engine.train.CheckpointPolicy;
import org.ganworkbench.engine.train.JudgedPoint;
import org.ganworkbench.engine.train.QualityPoint;
import org.ganworkbench.engine.train.RunContext;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.charts.ChartModel;
import org.ganworkbench.ui.run.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run opened from its session shows the quality charts it had while it trained: the judge's
 * (classes, Fréchet with the real images' floor, label obeyed) for an image run, the coverage
 * charts for a 2D run. The studio's view models, without a window.
 */
@Tag("slow")
class OpenedRunQualityTest {

    @TempDir
    Path dir;

    private final StudioViewModel vm = new StudioViewModel(UiTestConfigs.preset(UiTestConfigs.tinyDigits()),
            new DirectTaskRunner());

    /** A clock a second ahead at each pulse: the window applies at most ten pulses a second. */
    private long clock = System.nanoTime();

    @AfterEach
    void discard() {
        vm.run().discard();
    }

    private void pulse() {
        clock += 1_000_000_000L;
        vm.run().pulse(clock);
    }

    @Test
    void anOpenedConditionalImageRunShowsTheJudgesCharts() {
        Path session = dir.resolve("cgan.gwb");
        List<JudgedPoint> saved = List.of(point(10, 7, 0.31, 410.5, new double[] {0.5, 0.25}),
                point(20, 9, 0.17, 96.25, new double[] {0.75, 0.65}));
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(ConditionalConfigs.tinyMlp()), s -> { })) {
            RunContext ctx = run.ready().join();
            run.trainUntil(20).join();
            saved.forEach(ctx.judged()::add); // as the live judge adds them; what it measures is QualityHistorySessionTest's
            SessionFiles.save(run, session).join();
        }

        vm.openSession(session);
        pulse();

        assertTrue(vm.quality().imageRunProperty().get() && vm.quality().conditionalProperty().get());
        ChartModel classes = vm.quality().classes();
        assertEquals(2, classes.series().get(0).raw().points(), "classes present, both measurements");
        assertEquals(90, classes.series().get(0).raw().lastValue(), 1e-9);
        assertEquals(17, classes.series().get(1).raw().lastValue(), 1e-9, "largest share");
        assertEquals(96.25, vm.quality().distance().series().get(0).raw().lastValue(), 1e-9, "Fréchet");
        assertEquals(12.5, vm.quality().distance().referenceY(), 1e-9, "the real images' floor");
        assertEquals(2, vm.quality().agreement().series().get(0).raw().points());
        assertEquals(65, vm.quality().agreement().series().get(1).raw().lastValue(), 1e-9, "the worst class obeyed");
        assertEquals("label obeyed 74%, worst class 65%", vm.quality().headlineProperty().get());
        assertTrue(vm.quality().statusProperty().get().startsWith("Measured while it trained; judge 97.0% accurate"),
                vm.quality().statusProperty().get());
    }

    @Test
    void anOpenedTwoDimensionalRunShowsItsCoverageCharts() {
        Path session = dir.resolve("ring.gwb");
        List<QualityPoint> measured;
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()), s -> { })) {
            run.ready().join();
            run.trainUntil(40).join();
            measured = run.submit(ctx -> ctx.quality().since(0)).join();
            SessionFiles.save(run, session).join();
        }

        vm.openSession(session);
        pulse();

        ChartModel coverage = vm.coverage().coverage();
        assertTrue(coverage.series().get(0).raw().points() >= measured.size(),
                coverage.series().get(0).raw().points() + " of " + measured.size() + " measurements");
        assertEquals(measured.get(0).step(), coverage.series().get(0).raw().firstX(), 1e-9, "from the first measurement");
        assertTrue(vm.coverage().modesHeadlineProperty().get().matches("\\d of 8"), vm.coverage().modesHeadlineProperty().get());
    }

    @Test
    void aRewindTakesTheCoverageChartsBackToTheRewoundStep() {
        Path session = dir.resolve("ring.gwb");
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()), s -> { })) {
            run.trainUntil(20).join();
            SessionFiles.save(run, session).join();
        }
        vm.openSession(session);
        TrainingRun opened = vm.run().engineRun();
        opened.setCheckpointPolicy(new CheckpointPolicy(10, 64 * CheckpointPolicy.MIB));
        opened.trainUntil(60).join();
        pulse();
        assertEquals(60, vm.coverage().coverage().series().get(0).raw().lastX(), 1e-9);

        opened.rewindToStep(40).join();
        pulse();
        List<QualityPoint> kept = opened.submit(ctx -> ctx.quality().since(0)).join();
        assertEquals(40, kept.get(kept.size() - 1).step(), "measured again at the rewound step");
        assertEquals(kept.size(), vm.coverage().coverage().series().get(0).raw().points(), "the chart holds what the run holds");
        assertEquals(40, vm.coverage().coverage().series().get(0).raw().lastX(), 1e-9);
    }

    private static JudgedPoint point(long step, int present, double largest, double frechet, double[] agreement) {
        double[] shares = new double[10];
        java.util.Arrays.fill(shares, 0.1);
        double[] perClass = new double[10];
        java.util.Arrays.fill(perClass, agreement[0]);
        perClass[3] = agreement[1];
        return new JudgedPoint(step, 1000, present, largest, 0.5, frechet, shares, perClass, 0.97, 12.5);
    }
}
