package org.ganworkbench.engine.data.cifar;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Tar archives written header by header, so tests can make ones no honest tool makes. */
final class TarFixtures {

    private TarFixtures() {
    }

    /** A ustar archive of regular files (in map order), with the two zero blocks that end it. */
    static byte[] tar(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (var e : files.entrySet()) entry(out, e.getKey(), '0', e.getValue());
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    static void entry(ByteArrayOutputStream out, String name, char type, byte[] content) {
        out.writeBytes(header(name, type, content.length));
        out.writeBytes(content);
        out.writeBytes(new byte[(512 - content.length % 512) % 512]);
    }

    static byte[] header(String name, char type, long size) {
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

    /** One CIFAR batch: record r has label (batch + r) % 10 and pixels derived from (batch, r). */
    static byte[] batch(int batch, int records) {
        byte[] b = new byte[records * 3073];
        for (int r = 0; r < records; r++) {
            b[r * 3073] = (byte) ((batch + r) % 10);
            for (int p = 0; p < 3072; p++) b[r * 3073 + 1 + p] = pixel(batch, r, p);
        }
        return b;
    }

    static byte pixel(int batch, int record, int p) {
        return (byte) (batch * 50 + record * 3 + p);
    }

    private static void put(byte[] h, int off, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, off, b.length);
    }

    /** The five full batches, made once: 150 MB that tests only read. */
    private static final byte[][] BATCHES = java.util.stream.IntStream.rangeClosed(1, 5)
            .mapToObj(b -> batch(b, 10_000)).toArray(byte[][]::new);

    /** A fresh map (tests change it) of the files in cifar-10-binary.tar.gz. */
    static Map<String, byte[]> fullCifar() {
        Map<String, byte[]> m = new java.util.LinkedHashMap<>();
        m.put("cifar-10-batches-bin/batches.meta.txt", "airplane\nautomobile\n".getBytes(StandardCharsets.US_ASCII));
        for (int b = 1; b <= 5; b++) m.put("cifar-10-batches-bin/data_batch_" + b + ".bin", BATCHES[b - 1]);
        m.put("cifar-10-batches-bin/test_batch.bin", batch(9, 10));
        return m;
    }
}
