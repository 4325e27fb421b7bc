package org.ganworkbench.engine.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Tar archives written header by header, so tests can make ones no honest tool makes. */
public final class HostileTars {

    private HostileTars() {
    }

    /** A ustar archive of regular files (in map order), with the two zero blocks that end it. */
    public static byte[] tar(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (var e : files.entrySet()) entry(out, e.getKey(), '0', e.getValue());
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    /** One entry: header, content, zero padding to the next 512-byte record. */
    public static void entry(ByteArrayOutputStream out, String name, char type, byte[] content) {
        out.writeBytes(header(name, type, content.length));
        out.writeBytes(content);
        out.writeBytes(new byte[(512 - content.length % 512) % 512]);
    }

    /** A ustar header with a correct checksum, declaring {@code size} whatever follows it. */
    public static byte[] header(String name, char type, long size) {
        byte[] h = new byte[512];
        put(h, 0, name);
        put(h, 100, "0000644");
        put(h, 108, "0001750");
        put(h, 116, "0001750");
        put(h, 124, String.format("%011o", size));
        put(h, 136, "14413275170");
        h[156] = (byte) type;
        put(h, 257, "ustar");
        put(h, 263, "00");
        for (int i = 148; i < 156; i++) h[i] = ' ';
        long sum = 0;
        for (byte b : h) sum += b & 0xff;
        put(h, 148, String.format("%06o", sum));
        h[154] = 0;
        return h;
    }

    private static void put(byte[] h, int off, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, off, b.length);
    }
}
