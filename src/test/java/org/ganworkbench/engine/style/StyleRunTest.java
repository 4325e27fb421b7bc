package org.ganworkbench.engine.style;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.style.net.RandomFilterFeatures;
import org.ganworkbench.engine.style.pictures.BuiltInPicture;
import org.ganworkbench.engine.train.Intervention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The style job on its engine thread: controls between iterations, knob changes as interventions, save and resume. */
class StyleRunTest {

    private static final int SIZE = 64;

    @TempDir
    Path dir;

    static StyleSource source() {
        StyleSetup setup = new StyleSetup(NetworkKind.RANDOM, SIZE, StyleSetup.StartFrom.NOISE, 3);
        return StyleSource.fresh(setup, StyleKnobs.defaults(NetworkKind.RANDOM), BuiltInPicture.CITY.render(SIZE), "city",
                BuiltInPicture.MOSAIC.render(SIZE), "mosaic");
    }

    static StyleRun prepare(StyleSource source, StyleListener... listeners) {
        return StyleRun.prepare(() -> source, s -> new RandomFilterFeatures(s.size(), s.seed()), listeners);
    }

    @Test
    void runsToATargetRecordsKnobChangesAndStepsOneAtATime() throws Exception {
        List<StyleSnapshot> seen = new CopyOnWriteArrayList<>();
        try (StyleRun run = prepare(source(), seen::add)) {
            run.ready().get(60, TimeUnit.SECONDS);
            StyleSnapshot s = run.runUntil(4).get(60, TimeUnit.SECONDS);
            assertEquals(RunState.PAUSED, s.state());
            assertEquals(4, s.iteration());
            assertNotNull(s.image(), "a pause carries the picture");
            run.controls().setNumber(StyleFields.STYLE_WEIGHT, 20);
            run.controls().setNumber(StyleFields.STYLE_WEIGHT, 30); // same iteration: one intervention
            run.controls().setStyleLayers(List.of("scale2", "scale8"));
            assertEquals(List.of(new Intervention(4, "style-weight", "5", "30"),
                    new Intervention(4, "style-layers", "scale1,scale2,scale4,scale8,scale16", "scale2,scale8")),
                    run.controls().interventions());
            assertThrows(IllegalArgumentException.class, () -> run.controls().setContentLayer("relu4_2"), "not this network's layer");
            assertThrows(IllegalArgumentException.class, () -> run.controls().setNumber(StyleFields.LEARNING_RATE, 5));

            run.step();
            StyleSnapshot after = run.runUntil(6).get(60, TimeUnit.SECONDS);
            assertEquals(6, after.iteration());
            assertEquals(6, run.history().size());
            assertEquals(30, run.controls().current().styleWeight());
            run.stop();
            run.submit(ctx -> null).get(10, TimeUnit.SECONDS);
            assertEquals(RunState.STOPPED, run.latest().state());
        }
        assertTrue(seen.stream().anyMatch(s -> s.state() == RunState.RUNNING));
    }

    @Test
    void aSavedStyleTransferContinuesWhereItStopped() throws Exception {
        Path file = dir.resolve("house.gws");
        RgbImage straight;
        try (StyleRun run = prepare(source())) {
            run.runUntil(6).get(60, TimeUnit.SECONDS);
            straight = run.submit(ctx -> ctx.optimisation().image()).get();
        }
        try (StyleRun run = prepare(source())) {
            run.runUntil(3).get(60, TimeUnit.SECONDS);
            run.controls().setNumber(StyleFields.VARIATION_WEIGHT, 0.1); // unchanged value: no intervention
            StyleSessionFiles.save(run, file).get(60, TimeUnit.SECONDS);
        }
        StyleSource loaded = StyleSessionFiles.load(file);
        assertEquals(3, loaded.resume().iterations());
        assertEquals(3, loaded.resume().history().size());
        assertEquals("city", loaded.contentName());
        try (StyleRun run = prepare(loaded)) {
            run.runUntil(6).get(60, TimeUnit.SECONDS);
            RgbImage resumed = run.submit(ctx -> ctx.optimisation().image()).get();
            assertEquals(6, run.history().size());
            assertArrayEquals(straight.planes(), resumed.planes(), 1e-5f, "3 + 3 iterations after a save = 6 in one go");
        }
    }
}
