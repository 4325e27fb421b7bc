package org.ganworkbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.factory.Nd4jBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CUDA build's fallback to the CPU, tested on the CPU build: the check that replaces ND4J's
 * (which prints a stack trace) prints nothing and says why in one line, and the CUDA backend is
 * hidden from ND4J's service lookup. The whole path, run with nd4j-cuda-11.6's jars on the class
 * path of this machine (no GPU), printed only the note; see README, GPU.
 */
class CudaFallbackTest {

    private static final ClassLoader LOADER = CudaFallbackTest.class.getClassLoader();

    /** A CUDA runtime whose natives are missing, as JavaCPP reports it. */
    static final class MissingRuntime {
        static {
            if (LOADER != null) throw new UnsatisfiedLinkError("Could not find jnicudart in class, module, and library paths.");
        }

        public static int cudaGetDeviceCount(int[] count) {
            return 0;
        }
    }

    /** A CUDA runtime that loads but sees no device (a driver without a card). */
    static final class NoDevice {
        public static int cudaGetDeviceCount(int[] count) {
            count[0] = 0;
            return 100;
        }
    }

    static final class OneDevice {
        public static int cudaGetDeviceCount(int[] count) {
            count[0] = 1;
            return 0;
        }
    }

    static final class MissingBlas {
        static {
            if (LOADER != null) throw new UnsatisfiedLinkError("libcublas.so.11: cannot open shared object file");
        }
    }

    static final class Blas {
    }

    @Test
    void theCpuBuildIsNotTheCudaBuild() {
        assertFalse(CudaFallback.isCudaBuild(LOADER));
    }

    @Test
    void theCheckSaysWhyInOneLineAndPrintsNothing() {
        assertEquals("Could not find jnicudart in class, module, and library paths",
                silently(() -> CudaFallback.whyCudaCannotRun(LOADER, MissingRuntime.class.getName(), Blas.class.getName())));
        assertEquals("no CUDA device", silently(() -> CudaFallback.whyCudaCannotRun(LOADER, NoDevice.class.getName(), Blas.class.getName())));
        assertEquals("libcublas.so.11: cannot open shared object file",
                silently(() -> CudaFallback.whyCudaCannotRun(LOADER, OneDevice.class.getName(), MissingBlas.class.getName())));
        assertNull(silently(() -> CudaFallback.whyCudaCannotRun(LOADER, OneDevice.class.getName(), Blas.class.getName())));
        // Asked again (the class then fails with NoClassDefFoundError), the reason is the same
        assertEquals("Could not find jnicudart in class, module, and library paths",
                silently(() -> CudaFallback.whyCudaCannotRun(LOADER, MissingRuntime.class.getName(), Blas.class.getName())));
    }

    @Test
    void theNoteIsOneLine() {
        String note = ComputeBackend.noGpuNote("no CUDA device");
        assertEquals("This is the CUDA build, but no usable NVIDIA GPU was found (no CUDA device): training runs on the CPU.", note);
        assertFalse(note.contains("\n"));
    }

    @Test
    void theCudaBackendIsHiddenFromNd4jsServiceLookup(@TempDir Path dir) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve("org.nd4j.linalg.factory.Nd4jBackend"), "# the CUDA jar's file\n" + CudaFallback.BACKEND_CLASS + "\n");
        try (URLClassLoader cudaBuild = new URLClassLoader(new URL[] {dir.toUri().toURL()}, LOADER)) {
            ServiceConfigurationError seen = assertThrows(ServiceConfigurationError.class,
                    () -> ServiceLoader.load(Nd4jBackend.class, cudaBuild).stream().map(ServiceLoader.Provider::type).toList());
            assertTrue(seen.getMessage().contains("JCublasBackend"), "without the filter ND4J would try CUDA: " + seen.getMessage());
            var hidden = new CudaFallback.WithoutCudaBackend(cudaBuild);
            assertEquals(java.util.List.of("org.nd4j.linalg.cpu.nativecpu.CpuBackend"),
                    ServiceLoader.load(Nd4jBackend.class, hidden).stream().map(p -> p.type().getName()).toList());
        }
    }

    @Test
    void aServiceFileNamingOtherBackendsTooIsKept(@TempDir Path dir) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve("org.nd4j.linalg.factory.Nd4jBackend"),
                CudaFallback.BACKEND_CLASS + "\norg.nd4j.linalg.cpu.nativecpu.CpuBackend\n");
        try (URLClassLoader merged = new URLClassLoader(new URL[] {dir.toUri().toURL()}, LOADER)) {
            var hidden = new CudaFallback.WithoutCudaBackend(merged);
            URL mergedFile = dir.resolve("META-INF/services/org.nd4j.linalg.factory.Nd4jBackend").toUri().toURL();
            assertTrue(java.util.Collections.list(hidden.getResources(CudaFallback.SERVICE_FILE)).contains(mergedFile));
        }
    }

    @Test
    void nd4jsClassLoaderIsFilteredOnlyWhileTheBackendIsChosen() {
        ClassLoader before = ND4JClassLoading.getNd4jClassloader();
        AtomicReference<ClassLoader> during = new AtomicReference<>();
        CudaFallback.withoutCudaBackend(() -> during.set(ND4JClassLoading.getNd4jClassloader()));
        assertInstanceOf(CudaFallback.WithoutCudaBackend.class, during.get());
        assertSame(before, during.get().getParent());
        assertSame(before, ND4JClassLoading.getNd4jClassloader());
    }

    /** Runs {@code check}, failing if it writes anything to standard error. */
    private static <T> T silently(Supplier<T> check) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        try {
            return check.get();
        } finally {
            System.setErr(err);
            assertEquals("", captured.toString(), "printed to standard error");
        }
    }
}
