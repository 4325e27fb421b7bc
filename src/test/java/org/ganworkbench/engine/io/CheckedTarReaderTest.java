package org.ganworkbench.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ganworkbench.engine.WorkbenchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The tar reader over commons-compress: honest archives read, crafted ones refused with the limit broken. */
class CheckedTarReaderTest {

    static final class Refused extends WorkbenchException {
        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Path FILE = Path.of("data.tar");
    private static final ArchiveKind KIND = new ArchiveKind("test tar", "Get a fresh copy.", Refused::new);
    private static final int MIB = 1 << 20;

    private static CheckedTarReader reader(InputStream in) {
        return new CheckedTarReader(in, FILE, KIND, 10_000, 100_000, 8);
    }

    private static CheckedTarReader reader(byte[] tar) {
        return reader(new ByteArrayInputStream(tar));
    }

    /** Reads every entry's content to the end; returns the refusal. */
    private static String refusal(InputStream tar) {
        CheckedTarReader r = reader(tar);
        Executable readAll = () -> {
            while (r.next() != null) r.content().transferTo(java.io.OutputStream.nullOutputStream());
        };
        String message = assertThrows(Refused.class, readAll).getMessage();
        assertTrue(message.startsWith(FILE + " is not a test tar or is damaged ("), message);
        return message;
    }

    private static String refusal(byte[] tar) {
        return refusal(new ByteArrayInputStream(tar));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void readsRegularFilesAndPassesOverTheRest() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HostileTars.entry(out, "data/", '5', new byte[0]);
        HostileTars.entry(out, "data/link", '2', new byte[0]);
        HostileTars.entry(out, "data/a.bin", '0', bytes("first"));
        HostileTars.entry(out, "data/b.bin", '7', bytes("second"));
        out.writeBytes(new byte[1024]);
        CheckedTarReader r = reader(out.toByteArray());
        assertEquals(new CheckedTarReader.Entry("data/a.bin", 5), r.next());
        // a.bin is not read: the reader passes over the rest of it
        assertEquals(new CheckedTarReader.Entry("data/b.bin", 6), r.next());
        assertArrayEquals(bytes("second"), r.content().readAllBytes());
        assertNull(r.next());
    }

    @Test
    void aSizeLargerThanTheDataIsATruncatedArchive() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HostileTars.header("a.bin", '0', 5000));
        out.writeBytes(new byte[700]);
        assertTrue(refusal(out.toByteArray()).contains("it is truncated"));
    }

    @Test
    void aSizeSmallerThanTheDataMakesTheNextHeaderFailItsChecksum() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HostileTars.header("a.bin", '0', 3));
        byte[] data = new byte[2048];
        Arrays.fill(data, (byte) 'x');
        out.writeBytes(data);
        out.writeBytes(new byte[1024]);
        String m = refusal(out.toByteArray()); assertTrue(m.contains("a header fails its checksum"), m);
    }

    @Test
    void aHeaderCutShortIsATruncatedArchiveNotItsEnd() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.bin", bytes("abc"));
        files.put("b.bin", bytes("def"));
        byte[] whole = HostileTars.tar(files);
        CheckedTarReader r = reader(Arrays.copyOf(whole, 1024 + 100));
        assertEquals("a.bin", r.next().name());
        Refused e = assertThrows(Refused.class, r::next);
        assertTrue(e.getMessage().contains("it is truncated"), e.getMessage());
    }

    @Test
    void aDamagedHeaderFailsItsChecksum() {
        byte[] tar = HostileTars.tar(Map.of("a.bin", bytes("abc")));
        tar[3] ^= 0x20;
        assertTrue(refusal(tar).contains("a header fails its checksum"));
    }

    @Test
    void sizesAreCheckedFromTheHeaderBeforeAnyDataIsRead() {
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.writeBytes(HostileTars.header("a.bin", '0', 60_000_000_000L));
        assertTrue(refusal(big.toByteArray()).contains("its entries hold more than 0 MiB"));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(HostileTars.header("a.bin", '0', 20_000));
        assertTrue(refusal(file.toByteArray()).contains("'a.bin' is 20000 bytes, more than the 10000 allowed"));
        // A size in GNU's base-256 form, which commons-compress accepts: 2^62 bytes.
        byte[] binary = HostileTars.header("a.bin", '0', 0);
        Arrays.fill(binary, 124, 136, (byte) 0);
        binary[124] = (byte) 0x80;
        binary[128] = 0x40;
        rechecksum(binary);
        assertTrue(refusal(binary).contains("its entries hold more than 0 MiB"));
    }

    @Test
    void aLongNameBeyondTheHeaderBudgetIsRefusedWithoutBeingHeld() {
        // 200 MB of name, made on the fly: commons-compress would read it all into one array.
        InputStream tar = withFiller(HostileTars.header("././@LongLink", 'L', 200L * 1000 * 1000), 200L * 1000 * 1000);
        assertQuickAndSmall(() -> assertTrue(refusal(tar).contains("take more than " + MIB + " bytes")));
    }

    @Test
    void aPaxRecordBeyondTheHeaderBudgetIsRefusedWithoutBeingHeld() {
        long size = 200L * 1000 * 1000;
        byte[] start = bytes(size + " path=");
        byte[] header = HostileTars.header("PaxHeaders/a.bin", 'x', size);
        InputStream tar = new SequenceInputStream(new ByteArrayInputStream(concat(header, start)),
                filler(size - start.length));
        assertQuickAndSmall(() -> assertTrue(refusal(tar).contains("take more than " + MIB + " bytes")));
    }

    @Test
    void namesFromPaxRecordsAreCheckedLikeAnyOther() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String record = "path=../../home/me/.bashrc\n";
        String length = (record.length() + 3) + " ";
        HostileTars.entry(out, "PaxHeaders/a.bin", 'x', bytes(length + record));
        HostileTars.entry(out, "a.bin", '0', bytes("rm -rf ~"));
        out.writeBytes(new byte[1024]);
        String message = refusal(out.toByteArray());
        assertTrue(message.contains("'../../home/me/.bashrc', which points outside the archive: path traversal"), message);
    }

    @Test
    void unsafeAndRepeatedNamesAreRefused() {
        for (String name : new String[] {"/etc/passwd", "a/../../b", "C:evil", "a\\b", "new\nline"}) {
            assertTrue(refusal(HostileTars.tar(Map.of(name, new byte[1]))).contains(name.contains("\n") || name.contains("\\")
                    ? "an entry name holds the character" : "path traversal"), name);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HostileTars.entry(out, "a.bin", '0', new byte[3]);
        HostileTars.entry(out, "a.bin", '0', new byte[3]);
        out.writeBytes(new byte[1024]);
        assertTrue(refusal(out.toByteArray()).contains("it holds 'a.bin' twice"));
    }

    @Test
    void tooManyEntriesAreRefused() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 9; i++) files.put("f" + i, new byte[0]);
        assertTrue(refusal(HostileTars.tar(files)).contains("it holds more than 8 entries"));
    }

    @Test
    void afterTheEndMarkerOnlyZeroPaddingMayFollow() throws IOException {
        byte[] tar = HostileTars.tar(Map.of("a.bin", bytes("abc")));
        byte[] padded = Arrays.copyOf(tar, tar.length + 8192);
        CheckedTarReader honest = reader(padded);
        assertEquals("a.bin", honest.next().name());
        assertNull(honest.next());
        // Junk in the record right after the first zero record, which commons-compress peeks at.
        byte[] junkSecond = tar.clone();
        junkSecond[junkSecond.length - 100] = 7;
        assertTrue(refusal(junkSecond).contains("data follows its end marker"));
        byte[] junkLater = Arrays.copyOf(tar, tar.length + 512);
        junkLater[junkLater.length - 1] = 7;
        assertTrue(refusal(junkLater).contains("data follows its end marker"));
        assertTrue(refusal(Arrays.copyOf(tar, tar.length + 2 * MIB)).contains("bytes follow its end marker"));
    }

    @Test
    void aHeaderCommonsCompressCannotParseIsRefused() {
        byte[] header = HostileTars.header("a.bin", '0', 3);
        System.arraycopy(bytes("12x45678901"), 0, header, 124, 11);
        rechecksum(header);
        assertTrue(refusal(concat(header, new byte[1536])).contains("a header cannot be read"));
    }

    @Test
    void failuresOfTheUnderlyingStreamPassThrough() {
        IOException broken = new IOException("disk on fire");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw broken;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw broken;
            }
        };
        assertEquals(broken, assertThrows(IOException.class, () -> reader(failing).next()));
    }

    private static void rechecksum(byte[] h) {
        for (int i = 148; i < 156; i++) h[i] = ' ';
        long sum = 0;
        for (byte b : h) sum += b & 0xff;
        byte[] digits = bytes(String.format("%06o", sum));
        System.arraycopy(digits, 0, h, 148, 6);
        h[154] = 0;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static InputStream withFiller(byte[] header, long n) {
        return new SequenceInputStream(new ByteArrayInputStream(header), filler(n));
    }

    /** {@code n} bytes of 'a', made as they are read. */
    private static InputStream filler(long n) {
        return new InputStream() {
            private long left = n;

            @Override
            public int read() {
                if (left == 0) return -1;
                left--;
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left == 0) return -1;
                int k = (int) Math.min(len, left);
                Arrays.fill(b, off, off + k, (byte) 'a');
                left -= k;
                return k;
            }
        };
    }

    /** Runs {@code check} within 5 s and with under 16 MiB allocated. */
    private static void assertQuickAndSmall(Runnable check) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            long allocated = Allocations.during(check);
            assertTrue(allocated < 16 * MIB, "allocated " + allocated + " bytes");
        });
    }
}
