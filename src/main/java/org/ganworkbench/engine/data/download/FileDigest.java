package org.ganworkbench.engine.data.download;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.Adler32;

/**
 * The digest a downloaded file must have before it is used: a SHA-256 (the datasets' published
 * digests) or an Adler-32 (what DL4J's model zoo publishes for its pretrained weights).
 *
 * @param algorithm "SHA-256" or "Adler-32", as messages name it
 * @param expected  the value as {@link #of} writes it: 64 lower-case hex digits, or a decimal number
 */
public record FileDigest(String algorithm, String expected) {

    private static final String SHA_256 = "SHA-256";
    private static final String ADLER_32 = "Adler-32";

    public static FileDigest sha256(String hex) {
        return new FileDigest(SHA_256, hex.toLowerCase(Locale.ROOT));
    }

    public static FileDigest adler32(long value) {
        return new FileDigest(ADLER_32, Long.toString(value));
    }

    /** The file's digest by this algorithm, written like {@link #expected}. */
    public String of(Path file) throws IOException {
        if (algorithm.equals(SHA_256)) return Sha256Files.of(file);
        Adler32 adler = new Adler32();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) >= 0) adler.update(buffer, 0, n);
        }
        return Long.toString(adler.getValue());
    }

    public boolean matches(Path file) throws IOException {
        return of(file).equals(expected);
    }
}
