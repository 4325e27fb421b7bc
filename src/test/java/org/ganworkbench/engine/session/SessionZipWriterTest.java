package org.ganworkbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ganworkbench.engine.io.NpyFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionZipWriterTest {

    private static final byte[] OLD = "the previous session".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void writesEntriesAnyZipToolCanRead() throws IOException {
        Path target = dir.resolve("run.gwb");
        try (SessionZipWriter zip = SessionZipWriter.create(target)) {
            zip.add("manifest.json", "{}".getBytes(StandardCharsets.UTF_8));
            zip.add("generator/params.npy", out -> NpyFormat.write(out, new float[] {1, 2, 3}, new long[] {3}));
            zip.add("closes-its-stream.txt", out -> {
                out.write('x');
                out.close();
            });
            zip.commit();
        }

        try (ZipFile read = new ZipFile(target.toFile())) {
            List<String> names = Collections.list(read.entries()).stream().map(ZipEntry::getName).toList();
            assertEquals(List.of("manifest.json", "generator/params.npy", "closes-its-stream.txt"), names);
            assertEquals("{}", new String(read.getInputStream(read.getEntry("manifest.json")).readAllBytes(),
                    StandardCharsets.UTF_8));
            assertArrayEquals(new float[] {1, 2, 3},
                    NpyFormat.read(read.getInputStream(read.getEntry("generator/params.npy")), new long[] {3}));
            assertEquals("x", new String(read.getInputStream(read.getEntry("closes-its-stream.txt")).readAllBytes(),
                    StandardCharsets.UTF_8));
        }
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void replacesAnExistingSession() throws IOException {
        Path target = Files.write(dir.resolve("run.gwb"), OLD);
        try (SessionZipWriter zip = SessionZipWriter.create(target)) {
            zip.add("manifest.json", new byte[] {1});
            zip.commit();
        }
        try (ZipFile read = new ZipFile(target.toFile())) {
            assertEquals(1, read.size());
        }
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void anEntryFailingMidwayLeavesTheOldFileIntactAndNoTempFile() throws IOException {
        Path target = Files.write(dir.resolve("run.gwb"), OLD);
        SessionZipWriter zip = SessionZipWriter.create(target);
        zip.add("manifest.json", new byte[100]);
        SessionException e = assertThrows(SessionException.class, () -> zip.add("generator/params.npy", out -> {
            out.write(new byte[1 << 20]);
            throw new IOException("disk full");
        }));
        assertTrue(e.getMessage().contains("disk full") && e.getMessage().contains("unchanged"), e.getMessage());

        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(dir), "temporary file removed at once, before close()");
        assertThrows(IllegalStateException.class, zip::commit);
        zip.close();
        assertArrayEquals(OLD, Files.readAllBytes(target));
    }

    @Test
    void aBugInEntryCodeAlsoLeavesTheOldFileIntact() throws IOException {
        Path target = Files.write(dir.resolve("run.gwb"), OLD);
        IllegalStateException bug = new IllegalStateException("network not initialised");
        try (SessionZipWriter zip = SessionZipWriter.create(target)) {
            assertSame(bug, assertThrows(IllegalStateException.class, () -> zip.add("a.npy", out -> {
                out.write(1);
                throw bug;
            })));
        }
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void closingWithoutCommitSavesNothing() throws IOException {
        Path target = dir.resolve("run.gwb");
        try (SessionZipWriter zip = SessionZipWriter.create(target)) {
            zip.add("manifest.json", new byte[] {1});
        }
        assertFalse(Files.exists(target));
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void aFailingFinalRenameRemovesTheTempFile() throws IOException {
        Path target = dir.resolve("run.gwb");
        SessionZipWriter zip = SessionZipWriter.create(target);
        zip.add("manifest.json", new byte[] {1});
        // Something else puts a non-empty folder where the file should go after the writer started.
        Files.createDirectories(target.resolve("in-the-way"));

        SessionException e = assertThrows(SessionException.class, zip::commit);
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertEquals(List.of(target), filesIn(dir), "only the folder in the way, no temp file");
        zip.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "/abs", "a\\..\\b", "C:/windows/x", "a/../b", "", "a//b", "dir/", "./a",
            "a/./b", "na\u00efve", "new\nline", "sp ace"})
    void refusesUnsafeEntryNames(String name) throws IOException {
        Path target = Files.write(dir.resolve("run.gwb"), OLD);
        try (SessionZipWriter zip = SessionZipWriter.create(target)) {
            assertThrows(IllegalArgumentException.class, () -> zip.add(name, new byte[] {1}));
            assertThrows(IllegalStateException.class, zip::commit);
        }
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void refusesTheSameEntryTwice() {
        try (SessionZipWriter zip = SessionZipWriter.create(dir.resolve("run.gwb"))) {
            zip.add("a.json", new byte[] {1});
            assertThrows(IllegalArgumentException.class, () -> zip.add("a.json", new byte[] {2}));
        }
    }

    @Test
    void explainsWhereItCannotSave() {
        SessionException noFolder = assertThrows(SessionException.class,
                () -> SessionZipWriter.create(dir.resolve("missing/run.gwb")));
        assertTrue(noFolder.getMessage().contains("does not exist"), noFolder.getMessage());

        SessionException isFolder = assertThrows(SessionException.class, () -> SessionZipWriter.create(dir));
        assertTrue(isFolder.getMessage().contains("folder"), isFolder.getMessage());
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = new ArrayList<>(files.toList());
            Collections.sort(sorted);
            return sorted;
        }
    }
}
