package org.ganworkbench.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of ND4J's native builds to load, decided before ND4J loads.
 *
 * <p>The Linux x86-64 build ships two: the plain one and the {@code -onednn-avx2} one (libnd4j
 * compiled for AVX2, with oneDNN kernels for convolutions, batch norm and matrix products; our
 * DCGAN step is 4x faster with it). JavaCPP loads the variant whenever its jar is present, and
 * ND4J then exits on a CPU without AVX2 (its own feature check). So on such a CPU we tell JavaCPP
 * to load the plain build instead ({@code org.bytedeco.javacpp.platform.extension = "-"}).
 * On other systems only the plain build ships and nothing needs choosing.
 */
public final class NativeVariant {

    /** JavaCPP's system property naming the native variant to load; "-" means the plain build. */
    static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
    private static final String PLAIN = "-";
    /** What libnd4j's avx2 build needs (it is compiled with -mavx2 -mfma). */
    private static final Set<String> AVX2_FLAGS = Set.of("avx2", "fma");

    private NativeVariant() {
    }

    /**
     * Call before anything touches ND4J (the launcher's first line; ComputeBackend again).
     * A property set by the user (-D on the command line) wins.
     */
    public static synchronized void choose() {
        if (System.getProperty(EXTENSION_PROPERTY) != null) return;
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64")) && !cpuFlags().containsAll(AVX2_FLAGS)) {
            System.setProperty(EXTENSION_PROPERTY, PLAIN);
        }
    }

    /** The CPU's feature flags from /proc/cpuinfo (empty when unreadable: then the plain build, which runs anywhere). */
    static Set<String> cpuFlags() {
        try {
            return parseFlags(Files.readAllLines(Path.of("/proc/cpuinfo")));
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }

    static Set<String> parseFlags(List<String> cpuinfo) {
        for (String line : cpuinfo) {
            if (line.startsWith("flags")) {
                int colon = line.indexOf(':');
                if (colon >= 0) return Set.of(line.substring(colon + 1).trim().split("\\s+"));
            }
        }
        return Set.of();
    }
}
