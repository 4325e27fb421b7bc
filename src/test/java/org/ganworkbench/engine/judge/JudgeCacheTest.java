package org.ganworkbench.engine.judge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ganworkbench.engine.io.HostileZips;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Judges are cached per dataset fingerprint; a cached file that cannot be trusted is refused with a reason and retrained. */
@Tag("slow")
class JudgeCacheTest {

    @TempDir
    Path dir;

    private JudgeCache cacheWithTheFixtureJudge() {
        JudgeCache cache = new JudgeCache(dir.resolve("judges"));
        Path file = cache.fileFor(JudgeFixtures.digits());
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        JudgeFiles.save(JudgeFixtures.digitsJudge(), file);
        return cache;
    }

    @Test
    void aSavedJudgeLoadsAndJudgesExactlyAsBefore() {
        JudgeCache cache = cacheWithTheFixtureJudge();
        List<String> notes = new ArrayList<>();
        Judge loaded = cache.cached(JudgeFixtures.digits(), notes::add).orElseThrow();
        assertTrue(notes.isEmpty(), notes.toString());
        Judge original = JudgeFixtures.digitsJudge();
        float[] images = JudgeFixtures.images(JudgeFixtures.digits(), 0, 50);
        assertArrayEquals(original.look(images, 50).probabilities(), loaded.look(images, 50).probabilities(), 1e-6f);
        assertEquals(original.info().heldOutAccuracy(), loaded.info().heldOutAccuracy());
        assertEquals(original.info().realFrechet(), loaded.info().realFrechet());
        assertEquals(original.frechetDistance(images, 50), loaded.frechetDistance(images, 50), 1e-3);
        // and obtain() takes it from the cache: a training would not finish in this test's budget of steps
        Judge obtained = cache.obtain(JudgeFixtures.digits(), new JudgeTraining.Settings(1, 1, 8), JudgeTraining.Progress.NONE,
                () -> false, notes::add);
        assertEquals(original.info().heldOutAccuracy(), obtained.info().heldOutAccuracy(), "not retrained");
    }

    @Test
    void hostileOrForeignFilesAreRefusedWithTheReason() throws IOException {
        Map<String, UnaryOperator<Map<String, byte[]>>> attacks = new LinkedHashMap<>();
        attacks.put("cannot be read", e -> replace(e, "judge.json", "{ not json".getBytes(StandardCharsets.UTF_8)));
        attacks.put("other data", e -> replace(e, "judge.json", text(e.get("judge.json")).replaceAll("\"fingerprint\" : \"[0-9a-f]+\"",
                "\"fingerprint\" : \"" + "0".repeat(64) + "\"").getBytes(StandardCharsets.UTF_8)));
        attacks.put("layout", e -> replace(e, "judge.json", text(e.get("judge.json")).replace("\"architecture\" : 1",
                "\"architecture\" : 99").getBytes(StandardCharsets.UTF_8)));
        attacks.put("out of range", e -> replace(e, "judge.json", text(e.get("judge.json")).replaceAll("\"heldOutAccuracy\" : [0-9.E-]+",
                "\"heldOutAccuracy\" : 7").getBytes(StandardCharsets.UTF_8)));
        attacks.put("NaN", e -> replace(e, "head-params.npy", withNaN(e.get("head-params.npy"))));
        attacks.put("cut off", e -> replace(e, "reference-mean.npy", java.util.Arrays.copyOf(e.get("reference-mean.npy"), 128)));
        attacks.put("lacks", e -> {
            Map<String, byte[]> out = new LinkedHashMap<>(e);
            out.remove("body-params.npy");
            return out;
        });
        attacks.put("unsafe name", e -> {
            Map<String, byte[]> out = new LinkedHashMap<>(e);
            out.put("../../evil.sh", new byte[] {1});
            return out;
        });
        JudgeCache cache = cacheWithTheFixtureJudge();
        Path file = cache.fileFor(JudgeFixtures.digits());
        Map<String, byte[]> good = HostileZips.entries(file);
        for (var attack : attacks.entrySet()) {
            Files.write(file, HostileZips.zip(attack.getValue().apply(good)));
            List<String> notes = new ArrayList<>();
            assertTrue(cache.cached(JudgeFixtures.digits(), notes::add).isEmpty(), attack.getKey());
            assertEquals(1, notes.size(), attack.getKey());
            assertTrue(notes.get(0).contains("cannot be used") && notes.get(0).contains(attack.getKey()),
                    attack.getKey() + ": " + notes.get(0));
        }
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0});
        List<String> notes = new ArrayList<>();
        assertTrue(cache.cached(JudgeFixtures.digits(), notes::add).isEmpty(), "a cut-off file");
        assertTrue(notes.get(0).contains("cannot be used"), notes.get(0));
    }

    @Test
    void aRefusedFileIsReplacedByAFreshlyTrainedJudge() throws IOException {
        JudgeCache cache = new JudgeCache(dir.resolve("judges"));
        Path file = cache.fileFor(JudgeFixtures.digits());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "garbage");
        List<String> notes = new ArrayList<>();
        Judge judge = cache.obtain(JudgeFixtures.digits(), new JudgeTraining.Settings(1, 30, 16), JudgeTraining.Progress.NONE,
                () -> false, notes::add);
        assertTrue(notes.get(0).contains("training a new one"), notes.toString());
        assertTrue(judge.info().heldOutAccuracy() > 0.2, "it trained: " + judge.info().accuracySummary());
        assertTrue(cache.cached(JudgeFixtures.digits(), notes::add).isPresent(), "and saved over the garbage");
    }

    private static Map<String, byte[]> replace(Map<String, byte[]> entries, String name, byte[] content) {
        Map<String, byte[]> out = new LinkedHashMap<>(entries);
        out.put(name, content);
        return out;
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    /** The .npy with its last value replaced by NaN. */
    private static byte[] withNaN(byte[] npy) {
        byte[] out = npy.clone();
        ByteBuffer.wrap(out, out.length - 4, 4).order(ByteOrder.LITTLE_ENDIAN).putFloat(Float.NaN);
        return out;
    }
}
