package org.ganworkbench.engine.data.catalog;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One file of a downloadable dataset.
 *
 * @param name    the file name in the cache folder
 * @param size    its exact size in bytes, or -1 when not known
 * @param sha256  its SHA-256 as 64 lower-case hex digits, or null when no trusted digest is known
 *                (then it is downloaded only with a digest the user gives)
 * @param mirrors where to get it, tried in order
 */
public record RemoteFile(String name, long size, String sha256, List<URI> mirrors) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    public RemoteFile {
        if (!SAFE_NAME.matcher(name).matches()) throw new IllegalArgumentException("not a plain file name: " + name);
        if (sha256 != null && !isSha256(sha256)) throw new IllegalArgumentException("not a SHA-256: " + sha256);
        if (mirrors.isEmpty()) throw new IllegalArgumentException("no mirror for " + name);
        mirrors = List.copyOf(mirrors);
    }

    /** Whether {@code hex} is a SHA-256 written as 64 lower-case hex digits. */
    public static boolean isSha256(String hex) {
        return HEX64.matcher(hex).matches();
    }

    public Optional<String> knownSha256() {
        return Optional.ofNullable(sha256);
    }
}
