package org.ganworkbench.engine.data.npz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ganworkbench.engine.io.HostileZips;

/** .npy arrays and .npz archives written as NumPy writes them (format 1.0, header padded to 64 bytes). */
final class NpzFixtures {

    private NpzFixtures() {
    }

    static byte[] npy(String descr, String shape, byte[] data) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int total = 10 + dict.length() + 1;
        dict = dict + " ".repeat((64 - total % 64) % 64) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) dict.length(), (byte) (dict.length() >> 8)});
        out.writeBytes(dict.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(data);
        return out.toByteArray();
    }

    static byte[] mnistImages(int n) {
        byte[] px = new byte[n * 784];
        for (int i = 0; i < px.length; i++) px[i] = (byte) (i * 31);
        return npy("|u1", "(" + n + ", 28, 28)", px);
    }

    static byte[] labels(int n) {
        byte[] y = new byte[n];
        for (int i = 0; i < n; i++) y[i] = (byte) (i % 10);
        return npy("|u1", "(" + n + ",)", y);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        return zip(entries, false);
    }

    /** Stored (uncompressed) entries let a test flip a byte of an array inside the archive. */
    static byte[] zip(Map<String, byte[]> entries, boolean stored) {
        return HostileZips.zip(entries, stored);
    }
}
