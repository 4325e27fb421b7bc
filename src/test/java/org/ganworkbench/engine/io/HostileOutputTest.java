package org.ganworkbench.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile cases for every file the app writes: a planted link, a device, a path through a file, a
 * failing disk, orphans of killed saves. The previous file is always kept and nothing half-written
 * is left behind.
 */
class HostileOutputTest {

    @TempDir
    Path dir;

    @Test
    void aTargetThatIsALinkIsRefusedAndItsTargetUntouched() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path link = Files.createSymbolicLink(dir.resolve("o.npy"), victim);
        OutputException e = assertThrows(OutputException.class, () -> OutputFiles.write(link, t -> Files.writeString(t, "x")));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertEquals("precious", Files.readString(victim));
        assertTrue(Files.isSymbolicLink(link), "the link is left as it was");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aLinkPlantedWhereTheTemporaryFileWouldGoIsNeverFollowed() throws IOException {
        // The old config writer used the fixed name config.json.tmp; a link there redirected the write.
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Files.createSymbolicLink(dir.resolve("config.json.tmp"), victim);
        OutputFiles.write(dir.resolve("config.json"), t -> Files.writeString(t, "{}"));
        assertEquals("{}", Files.readString(dir.resolve("config.json")));
        assertEquals("precious", Files.readString(victim));
    }

    @Test
    void aDeviceAFolderAndAPathThroughAFileAreRefusedWithAMessage() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        OutputException dev = assertThrows(OutputException.class, () -> OutputFiles.checkTarget(Path.of("/dev/null")));
        assertTrue(dev.getMessage().contains("not a regular file"), dev.getMessage());
        OutputException under = assertThrows(OutputException.class, () -> OutputFiles.checkTarget(Path.of("/dev/null/x.png")));
        assertTrue(under.getMessage().contains("is not a folder"), under.getMessage());
        OutputException folder = assertThrows(OutputException.class, () -> OutputFiles.checkTarget(dir));
        assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
        Path file = Files.writeString(dir.resolve("file"), "");
        OutputException through = assertThrows(OutputException.class, () -> OutputFiles.createFolder(file.resolve("samples")));
        assertTrue(through.getMessage().contains("is a file"), through.getMessage());
        OutputException empty = assertThrows(OutputException.class, () -> OutputFiles.checkTarget(Path.of("")));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
    }

    @Test
    void aFullDiskKeepsThePreviousFileAndLeavesNoZeroByteFile() throws IOException {
        Path target = Files.writeString(dir.resolve("big.npy"), "the previous export");
        OutputException e = assertThrows(OutputException.class, () -> OutputFiles.write(target, t -> {
            Files.write(t, new byte[1000]);
            throw new IOException("No space left on device");
        }));
        assertTrue(e.getMessage().contains("the disk is full"), e.getMessage());
        assertTrue(e.getMessage().contains("previous file"), e.getMessage());
        assertEquals("the previous export", Files.readString(target));
        assertEquals(List.of(), leftovers());

        Path fresh = dir.resolve("new.png");
        assertThrows(OutputException.class, () -> OutputFiles.write(fresh, t -> {
            throw new IOException("No space left on device");
        }));
        assertFalse(Files.exists(fresh), "no 0-byte file where there was none");
    }

    @Test
    void aReadOnlyFolderGetsAMessage() throws IOException {
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Path kept = Files.writeString(readOnly.resolve("session.gwb"), "old");
        assumeTrue(readOnly.toFile().setWritable(false, false));
        try {
            assumeTrue(!Files.isWritable(readOnly), "root writes anyway");
            OutputException e = assertThrows(OutputException.class, () -> OutputFiles.write(kept, t -> Files.writeString(t, "new")));
            assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
            assertEquals("old", Files.readString(kept));
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }

    @Test
    void orphansOfKilledSavesAreRemovedByTheNextWriteOnceOld() throws IOException {
        Path old = Files.write(dir.resolve(".big.npy.tmp-0123456789ab"), new byte[100]);
        Path legacy = Files.write(dir.resolve(".session.gwb.5f3a9c.tmp"), new byte[100]);
        Path young = Files.write(dir.resolve(".other.png.tmp-ba9876543210"), new byte[100]);
        Path victim = Files.writeString(dir.resolve("victim"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve(".x.png.tmp-aaaaaaaaaaaa"), victim);
        FileTime longAgo = FileTime.from(Instant.now().minus(OutputFiles.ORPHAN_AGE).minusSeconds(60));
        Files.setLastModifiedTime(old, longAgo);
        Files.setLastModifiedTime(legacy, longAgo);

        OutputFiles.write(dir.resolve("samples.csv"), t -> Files.writeString(t, "x,y\n"));

        assertFalse(Files.exists(old), "an old orphan is removed");
        assertFalse(Files.exists(legacy), "so is one named the way earlier versions named them");
        assertTrue(Files.exists(young), "a young one may belong to a save still running");
        assertTrue(Files.isSymbolicLink(link), "links are never touched");
        assertEquals("keep", Files.readString(victim));
    }

    @Test
    void temporaryNamesAreUnpredictableAndTheResultComplete() throws IOException {
        Path a = OutputFiles.createTemp(dir.resolve("a.png"));
        Path b = OutputFiles.createTemp(dir.resolve("a.png"));
        assertFalse(a.equals(b));
        assertTrue(a.getFileName().toString().matches("\\.a\\.png\\.tmp-[0-9a-f]{12}"), a.toString());
        byte[] content = "complete".getBytes(StandardCharsets.UTF_8);
        OutputFiles.write(dir.resolve("out.bin"), t -> Files.write(t, content));
        assertArrayEquals(content, Files.readAllBytes(dir.resolve("out.bin")));
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp")).toList();
        }
    }
}
