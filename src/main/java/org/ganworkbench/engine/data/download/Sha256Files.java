package org.ganworkbench.engine.data.download;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.ganworkbench.engine.data.Fingerprint;

/** The SHA-256 of a file on disk, as lower-case hex. */
final class Sha256Files {

    private Sha256Files() {
    }

    static String of(Path file) throws IOException {
        MessageDigest md = Fingerprint.sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) >= 0) md.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
