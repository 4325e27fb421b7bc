package org.ganworkbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged or crafted session is refused with a message that says what is wrong; nothing crashes. */
class HostileSessionTest {

    @TempDir
    static Path dir;
    static Path good;

    @BeforeAll
    static void saveAGoodSession() {
        good = dir.resolve("good.gwb");
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()))) {
            run.ready().join();
            run.trainUntil(5).join();
            SessionFiles.save(run, good).join();
        }
    }

    @Test
    void theGoodSessionOpens() {
        List<String> warnings = new ArrayList<>();
        assertEquals(5, SessionFiles.load(good, warnings::add).counters().step());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void truncatedFileIsRefused() throws IOException {
        byte[] all = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.gwb"), java.util.Arrays.copyOf(all, all.length / 2));
        assertRefused(cut, "");
    }

    @Test
    void arraysThatDoNotFitTheConfigAreRefused() throws IOException {
        // the manifest claims wider hidden layers than the arrays hold
        Path f = rewrite("wider.gwb", "manifest.json", json -> json.replace("\"generatorHidden\" : [ 16, 16 ]",
                "\"generatorHidden\" : [ 32, 16 ]"));
        assertRefused(f, "generator-params.npy");
    }

    @Test
    void nonFiniteParametersAreRefused() throws IOException {
        Path f = rewriteBytes("nan.gwb", "generator-params.npy", npy -> {
            byte[] b = npy.clone();
            b[b.length - 1] = (byte) 0x7f; // the last float's high byte: 0x7fc0..., a NaN
            b[b.length - 2] = (byte) 0xc0;
            return b;
        });
        assertRefused(f, "contains NaN");
    }

    @Test
    void anArrayOfAnotherTypeIsRefusedAsASessionNamingTheEntry() throws IOException {
        // engine.io's NpyFormat refuses it; the session reader passes the refusal on as a SessionException
        Path f = rewriteBytes("f8.gwb", "generator-params.npy", npy -> {
            String text = new String(npy, StandardCharsets.ISO_8859_1).replaceFirst("'<f4'", "'<f8'");
            return text.getBytes(StandardCharsets.ISO_8859_1);
        });
        assertRefused(f, "generator-params.npy holds 64-bit floats");
    }

    @Test
    void invalidConfigIsRefusedWithTheFieldsMessage() throws IOException {
        Path f = rewrite("badlr.gwb", "manifest.json", json -> json.replaceFirst("\"learningRate\" : 0.001", "\"learningRate\" : 7.0"));
        assertRefused(f, "learning rate");
    }

    @Test
    void newerFormatIsRefusedWithAnUpdateHint() throws IOException {
        Path f = rewrite("newer.gwb", "manifest.json", json -> json.replaceFirst("\"formatVersion\" : [0-9]+", "\"formatVersion\" : 99"));
        assertRefused(f, "newer GAN Workbench");
    }

    @Test
    void aQualityHistoryWithImpossibleCountsIsRefusedSayingWhere() throws IOException {
        // more modes covered than there are: a crafted or damaged file, not something to chart
        Path f = rewrite("quality.gwb", "quality.csv", csv -> csv + "999,9,8,0.5,0.1,0.1,0.1\n");
        assertRefused(f, "quality.csv line");
    }

    @Test
    void notAZipAtAll() throws IOException {
        Path f = Files.writeString(dir.resolve("text.gwb"), "hello");
        assertRefused(f, "");
    }

    @Test
    void missingDatasetOpensForLookingButRefusesToTrain() throws IOException {
        Path points = Files.writeString(dir.resolve("points.csv"), "x,y\n0,0\n1,1\n2,0.5\n");
        GanConfig config = TestConfigs.tinyRing();
        GanConfig onCsv = config.withData(config.data().withDataset("csv:" + points));
        Path session = dir.resolve("csv.gwb");
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(onCsv))) {
            run.ready().join();
            run.trainUntil(3).join();
            SessionFiles.save(run, session).join();
        }
        Files.delete(points);
        List<String> warnings = new ArrayList<>();
        try (TrainingRun run = TrainingRun.prepare(() -> SessionFiles.load(session, warnings::add))) {
            run.ready().join();
            assertTrue(warnings.get(0).contains("not available here"), warnings.toString());
            float[] samples = run.submit(c -> RunExports.generate(c, 10, 1)).join();
            assertEquals(20, samples.length, "sampling still works");
            run.trainUntil(10).join();
            assertEquals(3, run.latest().step());
            assertTrue(run.latest().message().contains("cannot train further"), run.latest().message());
            assertEquals(RunState.READY, run.state());
        }
    }

    private static void assertRefused(Path file, String mustMention) {
        SessionException e = assertThrows(SessionException.class, () -> SessionFiles.load(file, w -> { }));
        assertTrue(e.getMessage().contains(mustMention), e.getMessage());
    }

    private static Path rewrite(String name, String entry, UnaryOperator<String> edit) throws IOException {
        return rewriteBytes(name, entry, b -> edit.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of the good session with one entry's bytes edited. */
    private static Path rewriteBytes(String name, String entry, UnaryOperator<byte[]> edit) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(good.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        byte[] before = entries.get(entry);
        byte[] after = edit.apply(before);
        assertTrue(!java.util.Arrays.equals(before, after), "the edit must change " + entry);
        entries.put(entry, after);
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
