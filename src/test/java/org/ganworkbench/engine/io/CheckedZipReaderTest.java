package org.ganworkbench.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ganworkbench.engine.io.HostileZips.zip;

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
import org.ganworkbench.engine.WorkbenchException;
import org.ganworkbench.engine.io.NpyFormat;
import org.ganworkbench.engine.session.SessionZipWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("slow")
class CheckedZipReaderTest {

    /** A refusal of its own type, to show that the kind decides what callers catch. */
    static final class Refused extends WorkbenchException {
        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final ArchiveKind KIND = new ArchiveKind("test archive", "Ask for a fresh copy.", Refused::new);

    private static final int MIB = 1 << 20;
    private static final ZipSpec SPEC = new ZipSpec(KIND, List.of(
            ZipSpec.Entry.required("manifest.json", 64 * 1024),
            ZipSpec.Entry.required("generator/params.npy", MIB),
            ZipSpec.Entry.optional("history.csv", MIB)), 10, 2 * MIB);
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
        try (CheckedZipReader reader = CheckedZipReader.open(file, SPEC)) {
            assertArrayEquals(MANIFEST, reader.bytes("manifest.json"));
            try (InputStream in = reader.stream("generator/params.npy")) {
                assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, NpyFormat.read(in, new long[] {2, 3}));
            }
            assertFalse(reader.has("history.csv"));
            assertThrows(Refused.class, () -> reader.bytes("history.csv"));
            assertThrows(IllegalArgumentException.class, () -> reader.bytes("not-in-spec.txt"));
            assertEquals(List.of("manifest.json", "generator/params.npy"), List.copyOf(reader.names()));
            assertEquals(MANIFEST.length, reader.size("manifest.json"));
        }
    }

    @Test
    void namesEveryMissingRequiredEntry() throws IOException {
        Path file = write(zip(Map.of("history.csv", new byte[3])));
        Refused e = assertThrows(Refused.class, () -> CheckedZipReader.open(file, SPEC));
        assertTrue(e.getMessage().contains("manifest.json, generator/params.npy"), e.getMessage());
    }

    @Test
    void ignoresUnknownEntriesWithoutDecompressingThem() throws IOException {
        // An unknown entry is never inflated, so even a bomb with a lying header there costs nothing.
        byte[] zip = HostileZips.withDeclaredSize(
                HostileZips.withZeroBomb(session(), "future/thing.bin", 20L * 1000 * 1000), "future/thing.bin", 10);
        Path file = write(zip);
        try (CheckedZipReader reader = CheckedZipReader.open(file, SPEC)) {
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
        Refused e = assertThrows(Refused.class, () -> CheckedZipReader.open(file, SPEC));
        assertTrue(e.getMessage().contains("unsafe name"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "the hostile name is not printed raw");
    }

    @Test
    void acceptsFolderEntriesThatZipToolsAdd() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("generator/", new byte[0]);
        entries.putAll(session());
        try (CheckedZipReader reader = CheckedZipReader.open(write(zip(entries)), SPEC)) {
            assertEquals(List.of("generator/"), reader.ignoredEntryNames());
        }
    }

    @Test
    void refusesDuplicateNames() throws IOException {
        Map<String, byte[]> entries = session();
        entries.put("manifest.jsoX", "{\"evil\": true}".getBytes(StandardCharsets.UTF_8));
        Path file = write(HostileZips.replaced(zip(entries), "manifest.jsoX", "manifest.json"));
        Refused e = assertThrows(Refused.class, () -> CheckedZipReader.open(file, SPEC));
        assertTrue(e.getMessage().contains("occurs twice"), e.getMessage());
    }

    @Test
    void refusesABombWhoseHeaderAdmitsItsSizeWithoutInflating() throws IOException {
        Path file = write(bomb);
        assertQuickAndSmall(() -> {
            Refused e = assertThrows(Refused.class, () -> CheckedZipReader.open(file, SPEC));
            assertTrue(e.getMessage().contains("200000000 bytes, more than the 1048576 allowed"), e.getMessage());
        });
    }

    @Test
    void stopsInflatingABombWhoseHeaderLies() throws IOException {
        Path file = write(HostileZips.withDeclaredSize(bomb, "generator/params.npy", 1000));
        assertQuickAndSmall(() -> {
            Refused e = assertThrows(Refused.class, () -> CheckedZipReader.open(file, SPEC));
            // Caught by counting inflated bytes, not by the CRC at the end of 200 MB.
            assertTrue(e.getMessage().contains("decompresses to more than the 1000 bytes"), e.getMessage());
        });
    }

    @Test
    void refusesEntriesThatTogetherExceedTheTotal() throws IOException {
        ZipSpec tight = new ZipSpec(KIND, SPEC.entries(), 10, 8000);
        Map<String, byte[]> entries = session();
        entries.put("history.csv", new byte[5000]);
        Refused e = assertThrows(Refused.class, () -> CheckedZipReader.open(write(zip(entries)), tight));
        assertTrue(e.getMessage().contains("8000 bytes allowed in all"), e.getMessage());
    }

    @Test
    void refusesTooManyEntries() throws IOException {
        Map<String, byte[]> entries = session();
        for (int i = 0; i < 9; i++) entries.put("junk" + i, new byte[0]);
        Refused e = assertThrows(Refused.class, () -> CheckedZipReader.open(write(zip(entries)), SPEC));
        assertTrue(e.getMessage().contains("11 entries"), e.getMessage());
    }

    @Test
    void refusesAFileLargerThanAnySessionBeforeOpeningIt() throws IOException {
        ZipSpec small = new ZipSpec(KIND, SPEC.entries(), 10, 2 * MIB, 100);
        Refused e = assertThrows(Refused.class,
                () -> CheckedZipReader.open(write(zip(session())), small));
        assertTrue(e.getMessage().contains("at most 100"), e.getMessage());
    }

    @Test
    void refusesTruncatedFiles() throws IOException {
        byte[] whole = zip(session());
        for (int length : new int[] {whole.length - 1, whole.length - 22, whole.length / 2, 100, 4, 0}) {
            Path file = write(Arrays.copyOf(whole, length));
            Refused e = assertThrows(Refused.class, () -> CheckedZipReader.open(file, SPEC));
            assertTrue(e.getMessage().contains("is not a test archive or is damaged"), length + ": " + e.getMessage());
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
            Refused e = assertThrows(Refused.class, () -> CheckedZipReader.open(file, SPEC));
            assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        }
    }

    @Test
    void detectsACorruptedByteThatZipFileItselfWouldMiss() throws IOException {
        // Stored (uncompressed) data: no inflater error can notice the change, only the CRC.
        byte[] zip = HostileZips.zip(session(), true);
        zip[HostileZips.indexOf(zip, "format")] ^= 1;
        Refused e = assertThrows(Refused.class, () -> CheckedZipReader.open(write(zip), SPEC));
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
        Refused e = assertThrows(Refused.class, () -> CheckedZipReader.open(write(zip), SPEC));
        assertTrue(e.getMessage().contains("'history.csv'"), e.getMessage());
    }

    @Test
    void refusesAnEntryShorterThanItsHeaderSays() throws IOException {
        byte[] zip = HostileZips.withDeclaredSize(zip(session()), "generator/params.npy", PARAMS.length + 10);
        Refused e = assertThrows(Refused.class, () -> CheckedZipReader.open(write(zip), SPEC));
        assertTrue(e.getMessage().contains("ends after 5000 of its 5010 bytes"), e.getMessage());
    }

    @Test
    void checksAgainWhenTheFileChangesAfterOpening() throws IOException {
        byte[] zip = HostileZips.zip(session(), true);
        Path file = write(zip);
        try (CheckedZipReader reader = CheckedZipReader.open(file, SPEC)) {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.seek(HostileZips.indexOf(zip, "format"));
                raf.write('F');
            }
            Refused e = assertThrows(Refused.class, () -> reader.bytes("manifest.json"));
            assertTrue(e.getMessage().contains("CRC"), e.getMessage());
        }
    }

    @Test
    void everyRefusalNamesTheFileAndIsOfTheKindsType() throws IOException {
        Path file = write(bomb);
        Refused e = assertThrows(Refused.class, () -> CheckedZipReader.open(file, SPEC));
        assertTrue(e.getMessage().startsWith(file + " is not a test archive or is damaged ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("). Ask for a fresh copy."), e.getMessage());
        ArchiveKind quiet = new ArchiveKind("judge", "", Refused::new);
        assertTrue(quiet.damaged(file, "cut off").getMessage().endsWith("(cut off)."), "no dangling advice");
    }

    @Test
    void streamingOpenChecksTheStructureAndLeavesTheDataToEachRead() throws IOException {
        Path lying = write(HostileZips.withDeclaredSize(bomb, "generator/params.npy", 1000));
        assertQuickAndSmall(() -> {
            try (CheckedZipReader reader = CheckedZipReader.openForStreaming(lying, SPEC)) {
                assertEquals(1000, reader.size("generator/params.npy"));
                Refused e = assertThrows(Refused.class, () -> {
                    try (InputStream in = reader.stream("generator/params.npy")) {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                });
                assertTrue(e.getMessage().contains("decompresses to more than the 1000 bytes"), e.getMessage());
            }
        });
        // What the headers alone show is still refused at open.
        Path admitted = write(bomb);
        Refused e = assertThrows(Refused.class, () -> CheckedZipReader.openForStreaming(admitted, SPEC));
        assertTrue(e.getMessage().contains("more than the 1048576 allowed"), e.getMessage());
        Map<String, byte[]> entries = session();
        entries.put("../evil", new byte[1]);
        Path slip = write(zip(entries));
        assertTrue(assertThrows(Refused.class, () -> CheckedZipReader.openForStreaming(slip, SPEC))
                .getMessage().contains("unsafe name '../evil'"));
    }

    @Test
    void streamingOpenStillChecksTheCrcOfWhatIsRead() throws IOException {
        byte[] zip = HostileZips.zip(session(), true);
        zip[HostileZips.indexOf(zip, "format")] ^= 1;
        Path file = write(zip);
        try (CheckedZipReader reader = CheckedZipReader.openForStreaming(file, SPEC)) {
            assertArrayEquals(PARAMS, reader.bytes("generator/params.npy"), "the intact entry reads");
            Refused e = assertThrows(Refused.class, () -> reader.bytes("manifest.json"));
            assertTrue(e.getMessage().contains("'manifest.json' fails its CRC check"), e.getMessage());
        }
    }

    @Test
    void explainsFilesThatAreNotThere() throws IOException {
        assertTrue(assertThrows(Refused.class, () -> CheckedZipReader.open(dir.resolve("nope.gwb"), SPEC))
                .getMessage().contains("not found"));
        assertTrue(assertThrows(Refused.class, () -> CheckedZipReader.open(dir, SPEC))
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
