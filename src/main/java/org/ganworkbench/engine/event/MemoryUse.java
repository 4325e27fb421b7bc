package org.ganworkbench.engine.event;

/**
 * How much memory the process uses, for a status bar: the Java heap, and the native memory JavaCPP
 * has allocated for ND4J's arrays (outside the heap, so a heap figure alone would hide it).
 *
 * @param heapUsed    bytes of Java heap in use
 * @param heapMax     the heap's limit (-Xmx)
 * @param nativeBytes off-heap bytes allocated through JavaCPP, or -1 before ND4J has loaded
 */
public record MemoryUse(long heapUsed, long heapMax, long nativeBytes) {

    /**
     * Measures now. Reads only counters (no native call), so it is cheap enough for a once-a-second
     * refresh; pass {@code ndLoaded = false} before ND4J has started, to leave JavaCPP unloaded.
     */
    public static MemoryUse now(boolean ndLoaded) {
        Runtime rt = Runtime.getRuntime();
        long nativeBytes = -1;
        if (ndLoaded) {
            try {
                nativeBytes = org.bytedeco.javacpp.Pointer.totalBytes();
            } catch (LinkageError e) {
                nativeBytes = -1;
            }
        }
        return new MemoryUse(rt.totalMemory() - rt.freeMemory(), rt.maxMemory(), nativeBytes);
    }
}
