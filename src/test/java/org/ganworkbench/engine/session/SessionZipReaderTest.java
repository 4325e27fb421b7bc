package org.ganworkbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ganworkbench.engine.session.HostileZips.zip;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("slow")
class SessionZipReaderTest {

    private static final int MIB = 1 << 20;
    private static final SessionZipSpec SPEC = new SessionZipSpec(List.of(
            SessionZipSpec.Entry.required("manifest.json", 64 * 1024),
            SessionZipSpec.Entry.required("generator/params.npy", MIB),
            SessionZipSpec.Entry.optional("history.csv", MIB)), 10, 2 * MIB);
    private static final byte[] MANIFEST = "{\"format\": 1}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PARAMS = new byte[5000];

    /** A manifest and 200 MB of zeros as the params, compressed to about 200 KB; built once, it takes a moment. */
    private static byte[] bomb;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildBomb() {
        bomb = HostileZips.withZeroBomb(Map.of("manifest.json", MANIFEST), "generator/params.npy", 200L * 1000 * 1000);
    }

    @Test
    void readsWhatTheWriterWrote() throws IOException {
        Path file = dir.resolve("run.gwb");
        try (SessionZipWriter zip = SessionZipWriter.create(file)) {
            zip.add("manifest.json", MANIFEST);
            zip.add("generator/params.npy", out -> NpyFormat.write(out, new float[] {1, 2, 3, 4, 5, 6}, new long[] {2, 3}));
            zip.commit();
        }
        try (SessionZipReader reader = SessionZipReader.open(file, SPEC)) {
            assertArrayEquals(MANIFEST, reader.bytes("manifest.json"));
            try (InputStream in = reader.stream("generator/params.npy")) {
                assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, NpyFormat.read(in, new long[] {2, 3}));
            }
            assertFalse(reader.has("history.csv"));
            assertThrows(SessionException.class, () -> reader.bytes("history.csv"));
            assertThrows(IllegalArgumentException.class, () -> reader.bytes("not-in-spec.txt"));
            assertEquals(List.of("manifest.json", "generator/params.npy"), List.copyOf(reader.names()));
            assertEquals(MANIFEST.length, reader.size("manifest.json"));
        }
    }

    @Test
    void namesEveryMissingRequiredEntry() throws IOException {
        Path file = write(zip(Map.of("history.csv", new byte[3])));
        SessionException e = assertThrows(SessionException.class, () -> SessionZipReader.open(file, SPEC));
        assertTrue(e.getMessage().contains("manifest.json, generator/params.npy"), e.getMessage());
    }

    @Test
    void ignoresUnknownEntriesWithoutDecompressingThem() throws IOException {
        // An unknown entry is never inflated, so even a bomb with a lying header there costs nothing.
        byte[] zip = HostileZips.withDeclaredSize(
                HostileZips.withZeroBomb(session(), "future/thing.bin", 20L * 1000 * 1000), "future/thing.bin", 10);
        Path file = write(zip);
        try (SessionZipReader reader = SessionZipReader.open(file, SPEC)) {
            assertEquals(List.of("future/thing.bin"), reader.ignoredEntryNames());
            assertArrayEquals(PARAMS, reader.bytes("generator/params.npy"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "/abs", "a\\..\\b", "..\\evil", "C:/windows/evil", "C:evil",
            "generator/../../evil", "./manifest.json", "a//b", "new\nline", "\u00e9vil"})
    void refusesUnsafeNamesEvenOnEntriesItWouldIgnore(String name) throws IOException {
        Map<String, byte[]> entries = session();
        entries.put(name, new byte[] {1});
        Path file = write(zip(entries));
        SessionException e = assertThrows(SessionException.class, () -> SessionZipReader.open(file, SPEC));
        assertTrue(e.getMessage().contains("unsafe name"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "the hostile name is not printed raw");
    }

    @Test
    void acceptsFolderEntriesThatZipToolsAdd() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("generator/", new byte[0]);
        entries.putAll(session());
        try (SessionZipReader reader = SessionZipReader.open(write(zip(entries)), SPEC)) {
            assertEquals(List.of("generator/"), reader.ignoredEntryNames());
        }
    }

    @Test
    void refusesDuplicateNames() throws IOException {
        Map<String, byte[]> entries = session();
        entries.put("manifest.jsoX", "{\"evil\": true}".getBytes(StandardCharsets.UTF_8));
        Path file = write(HostileZips.replaced(zip(entries), "manifest.jsoX", "manifest.json"));
        SessionException e = assertThrows(SessionException.class, () -> SessionZipReader.open(file, SPEC));
        assertTrue(e.getMessage().contains("occurs twice"), e.getMessage());
    }

    @Test
    void refusesABombWhoseHeaderAdmitsItsSizeWithoutInflating() throws IOException {
        Path file = write(bomb);
        assertQuickAndSmall(() -> {
            SessionException e = assertThrows(SessionException.class, () -> SessionZipReader.open(file, SPEC));
            assertTrue(e.getMessage().contains("200000000 bytes, more than the 1048576 allowed"), e.getMessage());
        });
    }

    @Test
    void stopsInflatingABombWhoseHeaderLies() throws IOException {
        Path file = write(HostileZips.withDeclaredSize(bomb, "generator/params.npy", 1000));
        assertQuickAndSmall(() -> {
            SessionException e = assertThrows(SessionException.class, () -> SessionZipReader.open(file, SPEC));
            // Caught by counting inflated bytes, not by the CRC at the end of 200 MB.
            assertTrue(e.getMessage().contains("decompresses to more than the 1000 bytes"), e.getMessage());
        });
    }

    @Test
    void refusesEntriesThatTogetherExceedTheTotal() throws IOException {
        SessionZipSpec tight = new SessionZipSpec(SPEC.entries(), 10, 8000);
        Map<String, byte[]> entries = session();
        entries.put("history.csv", new byte[5000]);
        SessionException e = assertThrows(SessionException.class, () -> SessionZipReader.open(write(zip(entries)), tight));
        assertTrue(e.getMessage().contains("8000 bytes allowed in all"), e.getMessage());
    }

    @Test
    void refusesTooManyEntries() throws IOException {
        Map<String, byte[]> entries = session();
        for (int i = 0; i < 9; i++) entries.put("junk" + i, new byte[0]);
        SessionException e = assertThrows(SessionException.class, () -> SessionZipReader.open(write(zip(entries)), SPEC));
        assertTrue(e.getMessage().contains("11 entries"), e.getMessage());
    }

    @Test
    void refusesAFileLargerThanAnySessionBeforeOpeningIt() throws IOException {
        SessionZipSpec small = new SessionZipSpec(SPEC.entries(), 10, 2 * MIB, 100);
        SessionException e = assertThrows(SessionException.class,
                () -> SessionZipReader.open(write(zip(session())), small));
        assertTrue(e.getMessage().contains("at most 100"), e.getMessage());
    }

    @Test
    void refusesTruncatedFiles() throws IOException {
        byte[] whole = zip(session());
        for (int length : new int[] {whole.length - 1, whole.length - 22, whole.length / 2, 100, 4, 0}) {
            Path file = write(Arrays.copyOf(whole, length));
            SessionException e = assertThrows(SessionException.class, () -> SessionZipReader.open(file, SPEC));
            assertTrue(e.getMessage().contains("not a GAN Workbench session or is damaged"), length + ": " + e.getMessage());
        }
    }

    @Test
    void refusesRandomBytes() throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            byte[] noise = new byte[1 + random.nextInt(8192)];
            random.nextBytes(noise);
            if (i % 2 == 0) System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, noise, 0, Math.min(4, noise.length));
            Path file = write(noise);
            SessionException e = assertThrows(SessionException.class, () -> SessionZipReader.open(file, SPEC));
            assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        }
    }

    @Test
    void detectsACorruptedByteThatZipFileItselfWouldMiss() throws IOException {
        // Stored (uncompressed) data: no inflater error can notice the change, only the CRC.
        byte[] zip = HostileZips.zip(session(), true);
        zip[HostileZips.indexOf(zip, "format")] ^= 1;
        SessionException e = assertThrows(SessionException.class, () -> SessionZipReader.open(write(zip), SPEC));
        assertTrue(e.getMessage().contains("'manifest.json' fails its CRC check"), e.getMessage());
    }

    @Test
    void refusesCorruptCompressedData() throws IOException {
        Map<String, byte[]> entries = session();
        byte[] noisy = new byte[20000];
        new Random(7).nextBytes(noisy);
        entries.put("history.csv", noisy);
        byte[] zip = zip(entries);
        int data = HostileZips.indexOf(zip, "history.csv") + "history.csv".length() + 100;
        for (int i = 0; i < 64; i++) zip[data + i] ^= (byte) 0x5a;
        SessionException e = assertThrows(SessionException.class, () -> SessionZipReader.open(write(zip), SPEC));
        assertTrue(e.getMessage().contains("'history.csv'"), e.getMessage());
    }

    @Test
    void refusesAnEntryShorterThanItsHeaderSays() throws IOException {
        byte[] zip = HostileZips.withDeclaredSize(zip(session()), "generator/params.npy", PARAMS.length + 10);
        SessionException e = assertThrows(SessionException.class, () -> SessionZipReader.open(write(zip), SPEC));
        assertTrue(e.getMessage().contains("ends after 5000 of its 5010 bytes"), e.getMessage());
    }

    @Test
    void checksAgainWhenTheFileChangesAfterOpening() throws IOException {
        byte[] zip = HostileZips.zip(session(), true);
        Path file = write(zip);
        try (SessionZipReader reader = SessionZipReader.open(file, SPEC)) {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.seek(HostileZips.indexOf(zip, "format"));
                raf.write('F');
            }
            SessionException e = assertThrows(SessionException.class, () -> reader.bytes("manifest.json"));
            assertTrue(e.getMessage().contains("CRC"), e.getMessage());
        }
    }

    @Test
    void explainsFilesThatAreNotThere() throws IOException {
        assertTrue(assertThrows(SessionException.class, () -> SessionZipReader.open(dir.resolve("nope.gwb"), SPEC))
                .getMessage().contains("not found"));
        assertTrue(assertThrows(SessionException.class, () -> SessionZipReader.open(dir, SPEC))
                .getMessage().contains("folder"));
    }

    private static Map<String, byte[]> session() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("manifest.json", MANIFEST);
        entries.put("generator/params.npy", PARAMS);
        return entries;
    }

    /** Runs {@code check} within 5 s (abandoning it if it hangs) and with under 16 MiB allocated. */
    private static void assertQuickAndSmall(Runnable check) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            long allocated = Allocations.during(check);
            assertTrue(allocated < 16 * MIB, "allocated " + allocated + " bytes");
        });
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "session", ".gwb"), bytes);
    }
}
