package org.ganworkbench.engine.data.cifar;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ganworkbench.engine.io.HostileTars;

/** CIFAR-10 archives as the real one is laid out, built with {@link HostileTars}. */
final class TarFixtures {

    private TarFixtures() {
    }

    static byte[] tar(Map<String, byte[]> files) {
        return HostileTars.tar(files);
    }

    static void entry(ByteArrayOutputStream out, String name, char type, byte[] content) {
        HostileTars.entry(out, name, type, content);
    }

    static byte[] header(String name, char type, long size) {
        return HostileTars.header(name, type, size);
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
