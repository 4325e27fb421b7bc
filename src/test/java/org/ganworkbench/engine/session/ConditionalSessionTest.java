package org.ganworkbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.ganworkbench.engine.ConditionalConfigs;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.ClassNames;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A conditional run keeps its classes through a session file, resumes exactly, and shows one row per class. */
class ConditionalSessionTest {

    @TempDir
    static Path dir;
    static Path saved;
    static float[] sevensBeforeSaving;
    static double[] uninterrupted;
    static final GanConfig CONFIG = ConditionalConfigs.tinyMlp();

    @BeforeAll
    static void trainSaveAndContinue() {
        saved = dir.resolve("cgan.gwb");
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(CONFIG))) {
            run.ready().join();
            run.trainUntil(20).join();
            SessionFiles.save(run, saved).join();
            sevensBeforeSaving = run.submit(c -> sevens(c.model())).join();
            run.trainUntil(40).join();
            uninterrupted = RunLosses.from(run, 20);
        }
    }

    @Test
    void classesAndGeneratorSurviveTheRoundTrip() {
        List<String> warnings = new ArrayList<>();
        try (TrainingRun run = TrainingRun.prepare(() -> SessionFiles.load(saved, warnings::add))) {
            run.ready().join();
            assertEquals(ClassNames.DIGITS, run.classNames());
            assertArrayEquals(sevensBeforeSaving, run.submit(c -> sevens(c.model())).join(), 0f);
            run.trainUntil(40).join();
            assertArrayEquals(uninterrupted, RunLosses.from(run, 20), 0.0, "the resumed run takes the uninterrupted run's steps");
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void theSampleGridHasOneRowPerClassAndCanShowOneClass() {
        try (TrainingRun run = TrainingRun.prepare(() -> SessionFiles.load(saved, w -> { }))) {
            run.ready().join();
            TrainingSnapshot grid = run.latest();
            assertEquals(16, grid.samplesColumns());
            assertEquals(10 * 16, grid.samples().count(), "10 rows (classes) of 16 fixed z");

            run.showSamplesOf(3).join();
            TrainingSnapshot threes = run.latest();
            assertEquals(0, threes.samplesColumns());
            assertEquals(RunPreparer.FIXED_IMAGES, threes.samples().count(), "every fixed z as a 3");
            for (int col = 0; col < 16; col++) {
                assertArrayEquals(threes.samples().image(col), grid.samples().image(3 * 16 + col),
                        "row 3 of the grid is G(z_" + col + ", 3)");
            }
            assertFalse(java.util.Arrays.equals(grid.samples().image(0), grid.samples().image(16)),
                    "rows 0 and 1 differ: the label changes the picture");
            assertThrows(Exception.class, () -> run.showSamplesOf(10).join());
            SampleImages left = grid.samples().leftColumns(16, 8);
            assertEquals(80, left.count());
            assertArrayEquals(grid.samples().image(16), left.image(8), "row 1 starts at 8 after trimming");
        }
    }

    @Test
    void aConditionalSessionWithoutClassNamesIsRefused() throws IOException {
        Path file = rewrite(saved, "no-classes.gwb", m -> m.replaceAll(",\\s*\"classNames\"\\s*:\\s*\\[[^\\]]*\\]", ""));
        SessionException e = assertThrows(SessionException.class, () -> SessionFiles.load(file, w -> { }));
        assertTrue(e.getMessage().contains("conditional run but names no classes"), e.getMessage());
    }

    @Test
    void sessionsSavedBeforeConditionalGansStillOpen() throws IOException {
        Path old = dir.resolve("old.gwb");
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()))) {
            run.ready().join();
            run.trainUntil(3).join();
            SessionFiles.save(run, old).join();
        }
        Path before = rewrite(old, "before.gwb", m -> m
                .replaceAll(",\\s*\"classNames\"\\s*:\\s*\\[[^\\]]*\\]", "")
                .replaceAll(",\\s*\"conditional\"\\s*:\\s*false", ""));
        List<String> warnings = new ArrayList<>();
        assertEquals(3, SessionFiles.load(before, warnings::add).counters().step());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    private static float[] sevens(GanModel model) {
        float[] z = model.prior().sample(new Rng(42), 4);
        return model.generate(z, GanModel.sameLabel(4, 7), 4);
    }


    /** A copy of a session with its manifest edited (checking the edit changed something). */
    private static Path rewrite(Path from, String name, UnaryOperator<String> edit) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(from.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        String manifest = new String(entries.get(SessionEntries.MANIFEST), StandardCharsets.UTF_8);
        String edited = edit.apply(manifest);
        assertFalse(manifest.equals(edited), "the edit must change the manifest");
        entries.put(SessionEntries.MANIFEST, edited.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }
}
