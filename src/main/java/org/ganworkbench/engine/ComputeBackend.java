package org.ganworkbench.engine;

import java.util.Properties;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.api.environment.Nd4jEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts ND4J once and reports which backend it chose. A CUDA build (Maven profile {@code cuda})
 * carries the CPU backend too; when no usable GPU is present ND4J loads the CPU one and we say so.
 */
public final class ComputeBackend {

    private static final Logger LOG = LoggerFactory.getLogger(ComputeBackend.class);
    private static final String CUDA_BACKEND_CLASS = "org.nd4j.linalg.jcublas.JCublasBackend";

    private static volatile BackendInfo info;

    private ComputeBackend() {
    }

    /** Loads ND4J (first call takes seconds: natives are unpacked) and returns what it runs on. */
    public static synchronized BackendInfo initialize() {
        if (info != null) return info;
        NativeVariant.choose();
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        String backend = String.valueOf(env.getOrDefault(Nd4jEnvironment.BACKEND_KEY, "CPU"));
        String blas = String.valueOf(env.getOrDefault(Nd4jEnvironment.BLAS_VENDOR_KEY, "unknown"));
        int cores = Runtime.getRuntime().availableProcessors();
        String note = "";
        if (!"CUDA".equalsIgnoreCase(backend) && cudaBackendOnClassPath()) {
            note = "This is the CUDA build, but no usable NVIDIA GPU was found: training runs on the CPU.";
            LOG.warn(note);
        }
        info = new BackendInfo(backend.toUpperCase(java.util.Locale.ROOT), blas, currentThreads(), cores,
                org.bytedeco.javacpp.Pointer.maxBytes(), Nd4j.class.getPackage().getImplementationVersion() == null
                ? "1.0.0-M2.1" : Nd4j.class.getPackage().getImplementationVersion(), note, nativeBuild());
        LOG.info("ND4J backend: {}", info.summary());
        return info;
    }

    public static BackendInfo info() {
        return initialize();
    }

    /**
     * Sets the threads ND4J's native ops and BLAS use. Small models run faster on one thread (less
     * synchronisation than arithmetic), convolutional ones on all cores; the engine picks per model.
     */
    public static synchronized void setThreads(int threads) {
        initialize();
        int n = Math.max(1, threads);
        Nd4j.getEnvironment().setMaxThreads(n);
        Nd4j.getEnvironment().setMaxMasterThreads(n);
        Nd4j.factory().blas().setMaxThreads(Integer.getInteger("gwb.blasThreads", n));
        // OpenMP's team size (libnd4j's loops, oneDNN's kernels) is a per-thread setting: this
        // must run on the thread that will run the ops (the run's engine thread)
        org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(n);
        info = new BackendInfo(info.backend(), info.blasVendor(), n, info.cores(), info.maxOffHeapBytes(),
                info.nd4jVersion(), info.note(), info.nativeBuild());
    }

    /**
     * Sets the OpenMP team size of the calling thread only (libnd4j's loops and oneDNN's kernels on
     * this thread), leaving the process-wide settings alone: a background thread (the judge's
     * training) uses one core and leaves the other to the run's engine thread.
     */
    public static void setThreadsOfThisThread(int threads) {
        initialize();
        org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(Math.max(1, threads));
    }

    /** e.g. "AVX2 + oneDNN" for the optimised Linux build, "generic x86-64" for the plain one. */
    private static String nativeBuild() {
        try {
            org.nd4j.nativeblas.NativeOps ops = org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps();
            String level = switch (ops.binaryLevel()) {
                case 3 -> "AVX512";
                case 2 -> "AVX2";
                default -> "generic";
            };
            return ops.buildInfo().contains("HAVE_ONEDNN") ? level + " + oneDNN" : level;
        } catch (RuntimeException | LinkageError e) {
            return "unknown";
        }
    }

    private static int currentThreads() {
        return Nd4j.factory().blas().getMaxThreads();
    }

    private static boolean cudaBackendOnClassPath() {
        try {
            Class.forName(CUDA_BACKEND_CLASS, false, ComputeBackend.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
