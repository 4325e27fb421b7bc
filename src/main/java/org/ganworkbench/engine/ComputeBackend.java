package org.ganworkbench.engine;

import java.util.Properties;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.api.environment.Nd4jEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts ND4J once and reports which backend it chose. A CUDA build (Maven profile {@code cuda})
 * carries the CPU backend too; when no usable GPU is present ND4J loads the CPU one and we say so,
 * in one line ({@link CudaFallback} keeps ND4J's stack trace off the console).
 */
public final class ComputeBackend {

    private static final Logger LOG = LoggerFactory.getLogger(ComputeBackend.class);

    private static volatile BackendInfo info;
    /** The OpenMP team size set for the calling thread (0: never set on it). */
    private static final ThreadLocal<int[]> THREADS_OF_THIS_THREAD = ThreadLocal.withInitial(() -> new int[1]);

    private ComputeBackend() {
    }

    /** Loads ND4J (first call takes seconds: natives are unpacked) and returns what it runs on. */
    public static synchronized BackendInfo initialize() {
        if (info != null) return info;
        NativeVariant.choose();
        String whyNoGpu = null;
        ClassLoader loader = ComputeBackend.class.getClassLoader();
        if (CudaFallback.isCudaBuild(loader)) {
            whyNoGpu = CudaFallback.whyCudaCannotRun(loader, CudaFallback.RUNTIME_CLASS, CudaFallback.BLAS_CLASS);
            if (whyNoGpu != null) CudaFallback.withoutCudaBackend(Nd4j::getBackend);
        }
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        String backend = String.valueOf(env.getOrDefault(Nd4jEnvironment.BACKEND_KEY, "CPU"));
        String blas = String.valueOf(env.getOrDefault(Nd4jEnvironment.BLAS_VENDOR_KEY, "unknown"));
        int cores = Runtime.getRuntime().availableProcessors();
        String note = "";
        if (!"CUDA".equalsIgnoreCase(backend) && CudaFallback.isCudaBuild(loader)) {
            note = noGpuNote(whyNoGpu);
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
     * Sets the threads ND4J's native ops and BLAS use, for ops the calling thread runs. Small models
     * run faster on one thread (less synchronisation than arithmetic), convolutional ones on all
     * cores; style transfer's products use OpenBLAS's threads too.
     */
    public static synchronized void setThreads(int threads) {
        int n = Math.max(1, threads);
        apply(n, Integer.getInteger("gwb.blasThreads", n));
    }

    /**
     * Sets a training step's threads: {@code threads} for the calling thread's OpenMP team
     * (libnd4j's loops, oneDNN's convolutions), one for OpenBLAS. Every product of a step runs on one
     * thread anyway ({@link #onOneThread}, for results that do not depend on the thread count), and
     * switching OpenBLAS's count around each product cost ~30 ms a step (ring-pacgan on two threads
     * ran 4x slower than on one; docs/performance.md). The engine picks the count per model and may
     * change it between steps (ThreadGovernor).
     */
    public static synchronized void setTrainingThreads(int threads) {
        apply(Math.max(1, threads), 1);
    }

    private static void apply(int n, int blas) {
        initialize();
        Nd4j.getEnvironment().setMaxThreads(n);
        Nd4j.getEnvironment().setMaxMasterThreads(n);
        Nd4j.factory().blas().setMaxThreads(blas);
        // OpenMP's team size (libnd4j's loops, oneDNN's kernels) is a per-thread setting: this
        // must run on the thread that will run the ops (the run's engine thread)
        org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(n);
        THREADS_OF_THIS_THREAD.get()[0] = n;
        info = new BackendInfo(info.backend(), info.blasVendor(), n, info.cores(), info.maxOffHeapBytes(),
                info.nd4jVersion(), info.note(), info.nativeBuild());
    }

    /**
     * Runs native ops on one thread of the calling thread's team, then gives the team back its size.
     * For the ops whose sums a second thread would split (see ThreadPolicy): on one thread their
     * result is the same bits whatever the run's thread count. Costs nothing when the calling
     * thread already runs on one thread.
     */
    public static void onOneThread(Runnable ops) {
        int[] set = THREADS_OF_THIS_THREAD.get();
        if (set[0] == 1 && Nd4j.factory().blas().getMaxThreads() == 1) {
            ops.run();
            return;
        }
        org.nd4j.nativeblas.NativeOps nativeOps = org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps();
        int team = set[0] > 0 ? set[0] : nativeOps.ompGetMaxThreads();
        // OpenBLAS's count is the process's (another job, such as style transfer, may have raised it):
        // asked each time, and switched only when above one, since switching it is slow
        int blas = Nd4j.factory().blas().getMaxThreads();
        // oneDNN's products run on the OpenMP team, libnd4j's OpenBLAS calls on OpenBLAS's own threads
        nativeOps.setOmpNumThreads(1);
        if (blas > 1) Nd4j.factory().blas().setMaxThreads(1);
        try {
            ops.run();
        } finally {
            nativeOps.setOmpNumThreads(team);
            if (blas > 1) Nd4j.factory().blas().setMaxThreads(blas);
        }
    }

    /**
     * Sets the OpenMP team size of the calling thread only (libnd4j's loops and oneDNN's kernels on
     * this thread), leaving the process-wide settings alone: a background thread (the judge's
     * training) uses one core and leaves the other to the run's engine thread.
     */
    public static void setThreadsOfThisThread(int threads) {
        initialize();
        org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(Math.max(1, threads));
        THREADS_OF_THIS_THREAD.get()[0] = Math.max(1, threads); // so onOneThread gives this team back
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

    /** The one line a CUDA build prints on a machine whose GPU it cannot use. */
    static String noGpuNote(String why) {
        return "This is the CUDA build, but no usable NVIDIA GPU was found" + (why == null ? "" : " (" + why + ")")
                + ": training runs on the CPU.";
    }
}
