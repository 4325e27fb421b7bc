package org.ganworkbench.engine;

/**
 * What ND4J runs on, for the status bar and {@code info}.
 *
 * @param backend     "CPU" or "CUDA"
 * @param blasVendor  e.g. OPENBLAS, MKL, CUBLAS
 * @param threads     the ND4J/OpenMP threads in use
 * @param note        a warning worth showing (e.g. the CUDA build fell back to the CPU), or empty
 * @param nativeBuild which native build of ND4J runs, e.g. "AVX2 + oneDNN" (see NativeVariant)
 */
public record BackendInfo(String backend, String blasVendor, int threads, int cores, long maxOffHeapBytes,
                          String nd4jVersion, String note, String nativeBuild) {

    public boolean isGpu() {
        return !"CPU".equals(backend);
    }

    /** One short line, e.g. "CPU (OPENBLAS), 2 threads". */
    public String summary() {
        return backend + " (" + blasVendor + "), " + threads + (threads == 1 ? " thread" : " threads");
    }
}
