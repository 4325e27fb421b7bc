package org.ganworkbench.engine.data.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cache folder follows each platform's convention and can be overridden. */
class CacheDirectoryTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxUsesXdgCacheHomeOrDotCache() {
        assertEquals(Path.of("/home/ada/.cache/gan-workbench"), CacheDirectory.resolve(null, Map.of(), "Linux", HOME));
        assertEquals(Path.of("/fast/cache/gan-workbench"),
                CacheDirectory.resolve(null, Map.of("XDG_CACHE_HOME", "/fast/cache"), "Linux", HOME));
        assertEquals(Path.of("/home/ada/.cache/gan-workbench"),
                CacheDirectory.resolve(null, Map.of("XDG_CACHE_HOME", "relative/cache"), "Linux", HOME));
    }

    @Test
    void macAndWindowsUseTheirCacheFolders() {
        assertEquals(Path.of("/home/ada/Library/Caches/gan-workbench"), CacheDirectory.resolve(null, Map.of(), "Mac OS X", HOME));
        assertEquals(Path.of("C:\\Users\\ada\\AppData\\Local", "gan-workbench"),
                CacheDirectory.resolve(null, Map.of("LOCALAPPDATA", "C:\\Users\\ada\\AppData\\Local"), "Windows 11", HOME));
    }

    @Test
    void propertyBeatsEnvironmentBeatsPlatform() {
        Map<String, String> env = Map.of(CacheDirectory.ENV, "/env/cache", "XDG_CACHE_HOME", "/xdg");
        assertEquals(Path.of("/prop/cache"), CacheDirectory.resolve("/prop/cache", env, "Linux", HOME));
        assertEquals(Path.of("/env/cache"), CacheDirectory.resolve(null, env, "Linux", HOME));
        assertEquals(Path.of("/env/cache"), CacheDirectory.resolve(" ", env, "Linux", HOME));
    }
}
