package org.ganworkbench.engine.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.train.JudgedPoint;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;
import org.ganworkbench.engine.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The judge at work on a live run: it trains in the background, then measures the samples into the run's history. */
class LiveJudgeTest {

    @TempDir
    Path dir;

    static final JudgeTraining.Settings TINY = new JudgeTraining.Settings(1, 20, 16);

    @Test
    void trainsInTheBackgroundThenMeasuresTheRunsSamples() throws Exception {
        GanConfig c = tinyDigits();
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(c), s -> { })) {
            run.ready().join();
            LiveJudge live = LiveJudge.attach(run, new JudgeCache(dir), TINY);
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (live.status().state() != JudgeStatus.State.READY && System.nanoTime() < deadline) {
                assertTrue(live.status().state() != JudgeStatus.State.UNAVAILABLE, live.status().text());
                Thread.sleep(100);
            }
            assertEquals(JudgeStatus.State.READY, live.status().state(), live.status().text());
            assertTrue(live.status().text().startsWith("Judge: ") && live.status().text().contains("accurate"), live.status().text());
            run.trainUntil(20).join();
            List<JudgedPoint> points = run.submit(ctx -> ctx.judged().since(0)).join();
            assertTrue(!points.isEmpty(), "measured at a rendering");
            JudgedPoint p = points.get(0);
            assertEquals(LiveJudge.SAMPLES, p.samples());
            assertEquals(10, p.classes());
            assertEquals(1.0, java.util.Arrays.stream(p.shares()).sum(), 1e-6, "shares of every sample");
            assertTrue(p.step() % c.training().sampleEvery() == 0, "at a rendering step");
            assertEquals(live.status().info().heldOutAccuracy(), p.judgeAccuracy(), 1e-9);
            assertTrue(Double.isFinite(p.frechet()) && p.frechet() > 0);
            assertTrue(!p.conditional());
        }
    }

    @Test
    void saysWhyThereIsNoJudge() {
        LiveJudge live = new LiveJudge(new JudgeCache(dir), TINY);
        live.start(new ImageDataset("folder:/cats", "cats", DataShape.image(1, 28, 28), new byte[300 * 784], null, List.of()));
        assertEquals(JudgeStatus.State.UNAVAILABLE, live.status().state());
        assertTrue(live.status().text().startsWith("No judge for unlabelled data"), live.status().text());
        LiveJudge absent = new LiveJudge(new JudgeCache(dir), TINY);
        absent.start(null);
        assertTrue(absent.status().text().contains("not on this machine"), absent.status().text());
        assertNotNull(absent.status());
    }

    /** TestConfigs' small MLP on 300 digits, samples rendered every 5 steps. */
    static GanConfig tinyDigits() {
        GanConfig ring = TestConfigs.tinyRing();
        return ring.withData(new DataSpec("digits", 300)).withModel(ring.model().withLatentSize(8))
                .withTraining(ring.training().withSampleEvery(5).withBatchSize(16));
    }
}
