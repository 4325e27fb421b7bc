package org.ganworkbench.engine.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds zip files byte by byte for the reader's tests, including ones no honest tool writes:
 * unsafe names, duplicate names, lying sizes. java.util.zip writes any name it is given, so only
 * duplicates and lies need patching afterwards.
 */
public final class HostileZips {

    private static final int CENTRAL_HEADER = 0x02014b50;

    private HostileZips() {
    }

    /** A zip of the given entries (in map order), deflated or stored. */
    public static byte[] zip(Map<String, byte[]> entries, boolean stored) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        return zip(entries, false);
    }

    /** The entries of a zip file on disk, in file order: to change one and write the archive again. */
    public static Map<String, byte[]> entries(java.nio.file.Path file) {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) out.put(e.getName(), zip.getInputStream(e).readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A zip of {@code entries} followed by {@code bombName} holding {@code zeros} zero bytes (about 1000:1). */
    public static byte[] withZeroBomb(Map<String, byte[]> entries, String bombName, long zeros) {
        return withZeroBomb(entries, bombName, new byte[0], zeros);
    }

    /** As above, the bomb starting with {@code prefix} (say, a valid array header) before its zeros. */
    public static byte[] withZeroBomb(Map<String, byte[]> entries, String bombName, byte[] prefix, long zeros) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(bombName));
            zip.write(prefix);
            byte[] chunk = new byte[1 << 20];
            for (long done = 0; done < zeros; done += chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, zeros - done));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Rewrites the uncompressed size the central directory (what ZipFile trusts) gives for {@code name}. */
    public static byte[] withDeclaredSize(byte[] zip, String name, long size) {
        byte[] patched = zip.clone();
        ByteBuffer b = ByteBuffer.wrap(patched).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 <= patched.length; at++) {
            if (b.getInt(at) != CENTRAL_HEADER) continue;
            int nameLength = b.getShort(at + 28) & 0xffff;
            byte[] found = new byte[nameLength];
            b.get(at + 46, found);
            if (Arrays.equals(found, wanted)) {
                b.putInt(at + 24, (int) size);
                return patched;
            }
        }
        throw new IllegalArgumentException("no central directory entry " + name);
    }

    /** Replaces every occurrence of {@code from} by {@code to} (same length, so offsets stay valid). */
    public static byte[] replaced(byte[] zip, String from, String to) {
        if (from.length() != to.length()) throw new IllegalArgumentException("lengths differ");
        String text = new String(zip, StandardCharsets.ISO_8859_1);
        if (!text.contains(from)) throw new IllegalArgumentException(from + " not found");
        return text.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Index of the first occurrence of {@code text} in {@code zip}. */
    public static int indexOf(byte[] zip, String text) {
        int at = new String(zip, StandardCharsets.ISO_8859_1).indexOf(text);
        if (at < 0) throw new IllegalArgumentException(text + " not found");
        return at;
    }
}
