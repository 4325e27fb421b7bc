package org.ganworkbench.engine;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.nd4j.common.config.ND4JClassLoading;

/**
 * The CUDA build on a machine without a usable NVIDIA GPU, decided before ND4J decides it.
 *
 * <p>ND4J 1.0.0-M2.1 asks its CUDA backend first; the backend's availability check loads the CUDA
 * runtime and, when that fails, prints the {@code UnsatisfiedLinkError}'s stack trace to standard
 * error ({@code JCublasBackend.isAvailable} calls {@code printStackTrace}, which no logging
 * configuration reaches) before ND4J falls back to the CPU. So we make the same check first,
 * quietly, and when it fails we hide the CUDA backend from ND4J's service lookup while ND4J picks
 * its backend: ND4J then loads the CPU backend without trying CUDA, and the user sees only our
 * one line ({@link ComputeBackend}'s note).
 */
final class CudaFallback {

    static final String BACKEND_CLASS = "org.nd4j.linalg.jcublas.JCublasBackend";
    static final String RUNTIME_CLASS = "org.bytedeco.cuda.global.cudart";
    static final String BLAS_CLASS = "org.bytedeco.cuda.global.cublas";
    static final String SERVICE_FILE = "META-INF/services/org.nd4j.linalg.factory.Nd4jBackend";

    private CudaFallback() {
    }

    /** Whether this is the CUDA build (its backend is on the class path). */
    static boolean isCudaBuild(ClassLoader loader) {
        try {
            Class.forName(BACKEND_CLASS, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * What JCublasBackend's check does (load the CUDA runtime, count devices, load cuBLAS), without
     * printing anything.
     *
     * @return null when CUDA can run; else why not, in one line
     */
    static String whyCudaCannotRun(ClassLoader loader, String runtimeClass, String blasClass) {
        try {
            Class<?> runtime = Class.forName(runtimeClass, true, loader);
            int[] count = {0};
            runtime.getMethod("cudaGetDeviceCount", int[].class).invoke(null, (Object) count);
            if (count[0] <= 0) return "no CUDA device";
            Class.forName(blasClass, true, loader);
            return null;
        } catch (InvocationTargetException e) {
            return rootMessage(e.getCause());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return rootMessage(e);
        }
    }

    /**
     * Runs {@code loadNd4j} (which must make ND4J pick its backend) with the CUDA backend hidden
     * from ND4J's service lookup; ND4J's own class loader is put back afterwards.
     */
    static void withoutCudaBackend(Runnable loadNd4j) {
        ClassLoader original = ND4JClassLoading.getNd4jClassloader();
        ND4JClassLoading.setNd4jClassloader(new WithoutCudaBackend(original));
        try {
            loadNd4j.run();
        } finally {
            ND4JClassLoading.setNd4jClassloader(original);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String line = message.lines().findFirst().orElse("").strip();
        // Asked a second time, a class whose initialiser failed reports the first failure like this
        line = line.replaceFirst("^Exception [\\w.$]+: (.*) \\[in thread \"[^\"]*\"]$", "$1").replaceAll("\\.$", "");
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }

    /**
     * ND4J's class loader, less the service files that name only the CUDA backend. Classes and all
     * other resources come from the parent as they are.
     */
    static final class WithoutCudaBackend extends ClassLoader {

        WithoutCudaBackend(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            Enumeration<URL> all = super.getResources(name);
            if (!SERVICE_FILE.equals(name)) return all;
            List<URL> kept = new ArrayList<>();
            for (URL url : Collections.list(all)) {
                if (!namesOnlyTheCudaBackend(url)) kept.add(url);
            }
            return Collections.enumeration(kept);
        }

        private static boolean namesOnlyTheCudaBackend(URL serviceFile) throws IOException {
            String text;
            try (InputStream in = serviceFile.openStream()) {
                text = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            }
            List<String> providers = text.lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
            return !providers.isEmpty() && providers.stream().allMatch(BACKEND_CLASS::equals);
        }
    }
}
