package org.ganworkbench.engine.data.catalog;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where downloaded datasets are kept: a per-user cache folder, so they survive app updates and
 * are shared by every run, and the OS may clean them when space is short.
 *
 * <p>In order: the system property {@value #PROPERTY}, the environment variable {@value #ENV}, then
 * the platform's cache folder: {@code %LOCALAPPDATA%\gan-workbench} on Windows,
 * {@code ~/Library/Caches/gan-workbench} on macOS, {@code $XDG_CACHE_HOME/gan-workbench} or
 * {@code ~/.cache/gan-workbench} elsewhere (XDG Base Directory specification).
 */
public final class CacheDirectory {

    public static final String PROPERTY = "ganworkbench.cache";
    public static final String ENV = "GAN_WORKBENCH_CACHE";
    private static final String APP = "gan-workbench";

    private CacheDirectory() {
    }

    /** The cache folder of this process's user. */
    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /** The rule itself, with every input given (for tests and for the CLI's --cache). */
    public static Path resolve(String property, Map<String, String> env, String osName, Path home) {
        if (nonBlank(property)) return Path.of(property);
        if (nonBlank(env.get(ENV))) return Path.of(env.get(ENV));
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return nonBlank(local) ? Path.of(local, APP) : home.resolve("AppData").resolve("Local").resolve(APP);
        }
        if (os.startsWith("mac")) return home.resolve("Library").resolve("Caches").resolve(APP);
        String xdg = env.get("XDG_CACHE_HOME");
        // The specification says a relative XDG_CACHE_HOME is invalid and must be ignored.
        if (nonBlank(xdg) && Path.of(xdg).isAbsolute()) return Path.of(xdg, APP);
        return home.resolve(".cache").resolve(APP);
    }

    /** The folder of one dataset inside a cache. */
    public static Path datasetFolder(Path cache, KnownDataset dataset) {
        return cache.resolve("datasets").resolve(dataset.id());
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
