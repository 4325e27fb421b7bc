package org.ganworkbench.engine.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a dataset's contents, hex-encoded: the provenance a saved run records. */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(float[] values) {
        MessageDigest md = sha256();
        ByteBuffer buf = ByteBuffer.allocate(8192).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            if (!buf.hasRemaining()) {
                md.update(buf.array(), 0, buf.position());
                buf.clear();
            }
            buf.putFloat(v);
        }
        md.update(buf.array(), 0, buf.position());
        return HexFormat.of().formatHex(md.digest());
    }

    public static String of(byte[] pixels, int[] labels) {
        MessageDigest md = sha256();
        md.update(pixels);
        if (labels != null) {
            ByteBuffer buf = ByteBuffer.allocate(labels.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (int l : labels) buf.putInt(l);
            md.update(buf.array());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
